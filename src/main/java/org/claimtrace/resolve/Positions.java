package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleIds;

/**
 * What each source says about each event, over every article that says it, for the resolution
 * graph: one node per (stance, event, party, holder) with how many articles state it and one of
 * its facts. The pairs that disagree are then kept as conflicts ({@link Conflicts}).
 */
final class Positions {
    private Positions() {}

    /** Adds the positions of the rows of {@link ResolutionQuery#POSITIONS} to {@code m}; returns them. */
    static List<Conflicts.Position> write(Model m, Iris iris, List<QuerySolution> rows) {
        record Key(String stance, String event, String party, String holder) {}
        Map<Key, Set<String>> articles = new HashMap<>();
        Map<Key, String> sample = new HashMap<>();
        for (QuerySolution s : rows) {
            if (!s.get("party").isURIResource() || !s.get("event").isURIResource()) continue;
            String holder = s.contains("holder") && s.get("holder").isURIResource() ? s.getResource("holder").getURI() : "";
            Key k = new Key(s.getLiteral("stance").getString(), s.getResource("event").getURI(), s.getResource("party").getURI(), holder);
            articles.computeIfAbsent(k, x -> new HashSet<>()).add(s.getResource("g").getURI());
            sample.merge(k, s.getResource("f").getURI(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Conflicts.Position> written = new ArrayList<>();
        articles.forEach((k, arts) -> {
            Resource r = m.createResource(iris.base() + "position/" + ArticleIds.sha256(k.toString()).substring(0, 16))
                    .addProperty(RDF.type, CT.Position).addProperty(CT.stance, k.stance())
                    .addProperty(CT.event, m.createResource(k.event())).addProperty(CT.party, m.createResource(k.party()))
                    .addProperty(CT.sampleInstance, m.createResource(sample.get(k)))
                    .addLiteral(CT.articleCount, m.createTypedLiteral(arts.size(), XSDDatatype.XSDinteger));
            if (!k.holder().isEmpty()) r.addProperty(CT.heldBy, m.createResource(k.holder()));
            written.add(new Conflicts.Position(r, k.stance(), k.event(), k.party(), k.holder(), sample.get(k)));
        });
        return written;
    }
}
