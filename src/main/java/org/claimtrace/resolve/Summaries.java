package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.claimtrace.map.CT;
import org.claimtrace.map.Vocab.Skos;

/**
 * One description per entity and event over all articles, for the resolution graph, so that
 * listings need not group the whole store: the smallest prefLabel any graph gives it (else its
 * schema:name), the smallest entity type, every other name as an altLabel, how many mentions and
 * article graphs name it, and its place in the entities listing.
 */
final class Summaries {
    private Summaries() {}

    /**
     * Adds the summaries to {@code m} from the rows of {@link ResolutionQuery#ENTITY_TYPES},
     * {@link ResolutionQuery#ENTITY_NAMES} and {@link ResolutionQuery#MENTION_COUNTS}.
     */
    static void write(Model m, List<QuerySolution> typeRows, List<QuerySolution> nameRows, List<QuerySolution> mentionRows) {
        final class Summary {
            String type;
            final TreeSet<String> prefLabels = new TreeSet<>();
            final TreeSet<String> names = new TreeSet<>();
            final TreeSet<String> altLabels = new TreeSet<>();
            final Set<String> graphs = new HashSet<>();
            long mentions;
        }
        Map<String, Summary> all = new TreeMap<>();
        for (QuerySolution s : typeRows) {
            if (!s.get("e").isURIResource()) continue;
            Summary sum = all.computeIfAbsent(s.getResource("e").getURI(), k -> new Summary());
            String t = s.getLiteral("t").getString();
            if (sum.type == null || t.compareTo(sum.type) < 0) sum.type = t;
            sum.graphs.add(s.getResource("g").getURI());
        }
        for (QuerySolution s : nameRows) {
            Summary sum = s.get("e").isURIResource() ? all.get(s.getResource("e").getURI()) : null;
            if (sum == null || !s.get("v").isLiteral()) continue;
            String v = s.getLiteral("v").getString();
            String property = s.getResource("p").getURI();
            if (property.equals(Skos.prefLabel.getURI())) sum.prefLabels.add(v);
            else if (property.equals(Skos.altLabel.getURI())) sum.altLabels.add(v);
            else sum.names.add(v);
        }
        // One row per article graph and node: the counts add up.
        for (QuerySolution s : mentionRows) {
            Summary sum = s.get("e").isURIResource() ? all.get(s.getResource("e").getURI()) : null;
            if (sum != null) sum.mentions += s.getLiteral("n").getLong();
        }
        // The entities listing's order (type, most mentions first, label), kept as one number so that
        // the query need not sort tens of thousands of rows on three keys (0.7 s at 10,000 articles).
        record Ranked(String iri, String type, long mentions, String label) {}
        List<Ranked> order = new ArrayList<>();
        all.forEach((iri, sum) -> {
            Resource r = m.createResource(iri).addProperty(CT.entityType, sum.type)
                    .addLiteral(CT.mentionCount, m.createTypedLiteral(sum.mentions, XSDDatatype.XSDinteger))
                    .addLiteral(CT.articleCount, m.createTypedLiteral(sum.graphs.size(), XSDDatatype.XSDinteger));
            String label = !sum.prefLabels.isEmpty() ? sum.prefLabels.first() : sum.names.isEmpty() ? null : sum.names.first();
            if (label != null) r.addProperty(Skos.prefLabel, label);
            TreeSet<String> aliases = new TreeSet<>(sum.prefLabels);
            aliases.addAll(sum.altLabels);
            if (!sum.prefLabels.isEmpty()) aliases.remove(sum.prefLabels.first());
            for (String a : aliases) r.addProperty(Skos.altLabel, a);
            order.add(new Ranked(iri, sum.type, sum.mentions, label != null ? label : iri.replaceAll("^.*[/#]", "").replace('-', ' ')));
        });
        order.sort(Comparator.comparing(Ranked::type).thenComparing(Comparator.comparingLong(Ranked::mentions).reversed())
                .thenComparing(Ranked::label).thenComparing(Ranked::iri));
        for (int i = 0; i < order.size(); i++) {
            m.createResource(order.get(i).iri()).addLiteral(CT.listRank, m.createTypedLiteral(i + 1, XSDDatatype.XSDinteger));
        }
    }
}
