package org.claimtrace.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.annotate.EntityType;

/**
 * Each article's event nodes as the store holds them, with what may tie them to other articles'
 * events (place, parties, context, story) in canonical entities: what event resolution starts from.
 */
final class StoredEvents {
    private StoredEvents() {}

    /** The rows of the four event queries ({@link ResolutionQuery#EVENTS} and the three after it). */
    record Rows(List<QuerySolution> events, List<QuerySolution> parties, List<QuerySolution> context, List<QuerySolution> story) {}

    static List<EventResolver.LocalEvent> of(Rows rows, EntityResolution entities) {
        Map<String, Set<String>> parties = canonicalSets(rows.parties(), "p", entities);
        // Context and story by name: two articles' namesakes a resolver keeps apart ("Smith", "Smith-1a2b")
        // still tell the same story.
        Map<String, Set<String>> context = names(canonicalSets(named(rows.context(), entities), "x", entities), entities);
        Map<String, Set<String>> story = new HashMap<>();
        for (QuerySolution s : named(rows.story(), entities)) {
            String g = s.getResource("g").getURI();
            story.computeIfAbsent(g, k -> new TreeSet<>()).add(entities.canonical(g, s.getResource("x").getURI()));
        }
        story = names(story, entities);
        Map<String, EventResolver.LocalEvent> out = new TreeMap<>();
        for (QuerySolution s : rows.events()) {
            String g = s.getResource("g").getURI();
            String e = s.getResource("e").getURI();
            String key = g + " " + e;
            if (out.containsKey(key)) continue;
            String place = null;
            String placeLabel = null;
            if (s.contains("loc")) {
                place = entities.canonical(g, s.getResource("loc").getURI());
                CanonicalEntity pe = entities.byIri().get(place);
                placeLabel = pe != null ? pe.label() : place.replaceAll(".*/", "");
                // An event's place is a place: an organisation it was "in" is its target.
                if (pe != null && pe.type() != EntityType.PLACE) {
                    place = null;
                    placeLabel = null;
                }
            }
            LocalDate date = s.contains("d") ? LocalDate.parse(s.getLiteral("d").getLexicalForm().substring(0, 10))
                    : s.contains("pub") ? LocalDate.parse(s.getLiteral("pub").getLexicalForm().substring(0, 10)) : null;
            out.put(key, new EventResolver.LocalEvent(g, e, s.getLiteral("kind").getString(), place, placeLabel, date,
                    parties.getOrDefault(key, Set.of()), context.getOrDefault(key, Set.of()), story.getOrDefault(g, Set.of())));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The rows whose entity ?x is a named thing, not a described party. For an entity it resolves,
     * resolution's own decision counts ({@link CanonicalEntity#described()}), not the article
     * graph's typing: a graph not yet rewritten types its entities as its own article saw them, a
     * rewritten one as the last resolution did, and events must resolve alike from either, or a
     * resolution after adding articles would differ from resolving the same articles at once.
     */
    private static List<QuerySolution> named(List<QuerySolution> rows, EntityResolution entities) {
        List<QuerySolution> out = new ArrayList<>();
        for (QuerySolution s : rows) {
            String g = s.getResource("g").getURI();
            CanonicalEntity e = entities.byIri().get(entities.canonical(g, s.getResource("x").getURI()));
            boolean described = e != null ? e.described() : s.getLiteral("described").getBoolean();
            if (!described) out.add(s);
        }
        return out;
    }

    /** The sets with each canonical entity IRI replaced by its label's name key. */
    private static Map<String, Set<String>> names(Map<String, Set<String>> sets, EntityResolution entities) {
        Map<String, Set<String>> out = new HashMap<>();
        sets.forEach((k, iris) -> {
            Set<String> keys = new TreeSet<>();
            for (String iri : iris) {
                CanonicalEntity e = entities.byIri().get(iri);
                keys.add(NameKeys.key(e != null ? e.label() : iri.replaceAll(".*/", "")));
            }
            out.put(k, keys);
        });
        return out;
    }

    /** Per "graph event", the canonical IRIs of the rows' {@code var}. */
    private static Map<String, Set<String>> canonicalSets(List<QuerySolution> rows, String var, EntityResolution entities) {
        Map<String, Set<String>> out = new HashMap<>();
        for (QuerySolution s : rows) {
            if (!s.get(var).isURIResource()) continue;
            String g = s.getResource("g").getURI();
            out.computeIfAbsent(g + " " + s.getResource("e").getURI(), k -> new TreeSet<>())
                    .add(entities.canonical(g, s.getResource(var).getURI()));
        }
        return out;
    }
}
