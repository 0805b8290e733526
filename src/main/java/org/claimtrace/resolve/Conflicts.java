package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleIds;

/**
 * Pairs of positions on the same event that disagree, for the resolution graph, so that the
 * conflicts query reads the pairs instead of joining every position of an event with every other
 * (1.8 s at 10,000 articles). A pair (A, B) is a conflict when:
 * <ul>
 *   <li>"claimed vs blamed": A claims the event, B blames another party for it;</li>
 *   <li>"blamed differently": A and B blame different parties, and their sources differ or one is
 *       unnamed (each such pair once, A's fact having the smaller IRI);</li>
 *   <li>"blamed vs denied": A blames a party, B is that party's denial;</li>
 *   <li>"claimed vs denied": A claims the event, B is the claimant's denial.</li>
 * </ul>
 * Parties linked by ct:branchOf or ct:mediaOutletOf, either way and in any graph, are not
 * different parties: a branch's claim does not conflict with blame on the movement it belongs to.
 */
final class Conflicts {
    private Conflicts() {}

    /** A position as written to the resolution graph. */
    record Position(Resource node, String stance, String event, String party, String holder, String sample) {}

    /**
     * Adds one ct:Conflict per disagreeing pair of positions to {@code m}, given the branch and
     * outlet links of the article graphs ({@link ResolutionQuery#BRANCH_LINKS}); returns how many.
     */
    static int write(Model m, Iris iris, List<Position> positions, List<QuerySolution> linkRows) {
        Set<String> linked = new HashSet<>();
        for (QuerySolution s : linkRows) link(linked, s.getResource("a").getURI(), s.getResource("b").getURI());
        for (var p : List.of(CT.branchOf, CT.mediaOutletOf)) {
            for (Statement st : m.listStatements(null, p, (RDFNode) null).toList()) {
                if (st.getObject().isURIResource()) link(linked, st.getSubject().getURI(), st.getObject().asResource().getURI());
            }
        }
        Map<String, List<Position>> byEvent = new HashMap<>();
        for (Position p : positions) byEvent.computeIfAbsent(p.event(), e -> new ArrayList<>()).add(p);
        int count = 0;
        for (List<Position> onEvent : byEvent.values()) {
            for (Position a : onEvent) {
                for (Position b : onEvent) {
                    String kind = kind(a, b, linked);
                    if (kind == null) continue;
                    m.createResource(iris.base() + "conflict/" + ArticleIds.sha256(a.node().getURI() + " " + b.node().getURI())
                                    .substring(0, 16))
                            .addProperty(RDF.type, CT.Conflict).addProperty(CT.conflictKind, kind)
                            .addProperty(CT.event, m.createResource(a.event()))
                            .addProperty(CT.firstPosition, a.node()).addProperty(CT.secondPosition, b.node());
                    count++;
                }
            }
        }
        return count;
    }

    /** The kind of conflict between A and B on one event, or null when they do not conflict (as such a pair). */
    private static String kind(Position a, Position b, Set<String> linked) {
        String kind = switch (a.stance() + "/" + b.stance()) {
            case "claim/attribution" -> "claimed vs blamed";
            case "attribution/attribution" -> "blamed differently";
            case "attribution/denial" -> "blamed vs denied";
            case "claim/denial" -> "claimed vs denied";
            default -> null;
        };
        if (kind == null) return null;
        if (b.stance().equals("denial")) return a.party().equals(b.party()) ? kind : null;
        if (a.party().equals(b.party()) || linked.contains(a.party() + " " + b.party())) return null;
        if (kind.equals("blamed differently")
                && (a.sample().compareTo(b.sample()) >= 0 || (!a.holder().isEmpty() && a.holder().equals(b.holder())))) {
            return null;
        }
        return kind;
    }

    private static void link(Set<String> linked, String a, String b) {
        linked.add(a + " " + b);
        linked.add(b + " " + a);
    }
}
