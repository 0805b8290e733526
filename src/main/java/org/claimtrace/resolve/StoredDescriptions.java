package org.claimtrace.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;

/**
 * How each article graph describes its mentioned nodes now (prefLabels, entity types, described
 * or not), so that resolution rewrites only the graphs whose description would change.
 */
final class StoredDescriptions {
    /** Per article, per node: "label:..." and "type:..." entries and "described". */
    private final Map<String, Map<String, Set<String>>> byArticle;

    private StoredDescriptions(Map<String, Map<String, Set<String>>> byArticle) {
        this.byArticle = byArticle;
    }

    /** From the rows of {@link ResolutionQuery#DESCRIPTIONS}. */
    static StoredDescriptions of(List<QuerySolution> rows) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (QuerySolution s : rows) {
            Set<String> set = out.computeIfAbsent(s.getResource("g").getURI(), k -> new HashMap<>())
                    .computeIfAbsent(s.getResource("e").getURI(), k -> new TreeSet<>());
            set.add("label:" + s.getLiteral("pl").getString());
            set.add("type:" + s.getLiteral("et").getString());
            if (s.contains("dp")) set.add("described");
        }
        return new StoredDescriptions(out);
    }

    /** The article's description of a node, as {@link #wanted} gives it. */
    Set<String> of(String article, String node) {
        return byArticle.getOrDefault(article, Map.of()).getOrDefault(node, Set.of());
    }

    /** The description a canonical entity should have. */
    static Set<String> wanted(CanonicalEntity ce) {
        Set<String> want = new TreeSet<>();
        want.add("label:" + ce.label());
        want.add("type:" + ce.type().name());
        if (ce.described()) want.add("described");
        return want;
    }

    /** The description a canonical event should have. */
    static Set<String> wanted(EventResolver.CanonicalEvent ev) {
        Set<String> want = new TreeSet<>();
        want.add("label:" + ev.label());
        want.add("type:EVENT");
        return want;
    }
}
