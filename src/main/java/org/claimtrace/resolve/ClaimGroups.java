package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleIds;

/**
 * The same claim (claimant and event) carried by several articles, for the resolution graph: one
 * node, its instances, the article it first appeared in and the reporters that relayed it.
 */
final class ClaimGroups {
    private ClaimGroups() {}

    /** Adds one ct:ClaimGroup per (claimant, event) of the rows of {@link ResolutionQuery#CLAIMS}; returns how many. */
    static int write(Model m, Iris iris, List<QuerySolution> claimRows) {
        record Inst(String claim, String article, String pub) {}
        Map<String, List<Inst>> groups = new TreeMap<>();
        Map<String, Set<String>> reporters = new HashMap<>();
        Map<String, String[]> parts = new HashMap<>();
        for (QuerySolution s : claimRows) {
            String who = s.getResource("who").getURI();
            String ev = s.contains("ev") ? s.getResource("ev").getURI() : "";
            String key = who + "|" + ev;
            parts.put(key, new String[] {who, ev});
            Inst inst = new Inst(s.getResource("c").getURI(), s.getResource("g").getURI(),
                    s.contains("pub") ? s.getLiteral("pub").getLexicalForm() : null);
            List<Inst> list = groups.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(inst)) list.add(inst);
            if (s.contains("rep")) reporters.computeIfAbsent(key, k -> new TreeSet<>()).add(s.getResource("rep").getURI());
        }
        for (var e : groups.entrySet()) {
            String[] p = parts.get(e.getKey());
            Resource g = m.createResource(iris.base() + "claim/" + ArticleIds.sha256(e.getKey()).substring(0, 16))
                    .addProperty(RDF.type, CT.ClaimGroup).addProperty(CT.claimant, m.createResource(p[0]));
            if (!p[1].isEmpty()) g.addProperty(CT.event, m.createResource(p[1]));
            Set<String> arts = new TreeSet<>();
            for (Inst i : e.getValue()) {
                g.addProperty(CT.instance, m.createResource(i.claim()));
                arts.add(i.article());
            }
            g.addLiteral(CT.articleCount, m.createTypedLiteral(arts.size(), XSDDatatype.XSDinteger));
            Inst first = e.getValue().stream().min(Comparator.comparing((Inst i) -> i.pub() == null ? "9999" : i.pub())
                    .thenComparing(Inst::article)).orElseThrow();
            g.addProperty(CT.firstAppearance, m.createResource(first.article()));
            for (String r : reporters.getOrDefault(e.getKey(), Set.of())) g.addProperty(CT.reportedBy, m.createResource(r));
        }
        return groups.size();
    }
}
