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
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.map.Vocab.Skos;
import org.claimtrace.source.ArticleIds;

/**
 * Each claim, attribution and report as one assertion over every article that states it, for
 * the resolution graph: who asserts it of whom about which event, the articles that state it and
 * the outlets behind them (each article's publisher and wire service, and every reporter that
 * relays the fact inside it), and both as the lists the listing shows. The corroboration query
 * reads these instead of grouping every fact of the store with its outlets (2 s at 10,000 articles).
 */
final class Assertions {
    private Assertions() {}

    private record Key(String kind, String event, String agent, String party) {}

    /** The articles (IRI to source file, or to the IRI when the article names no file) and outlets behind an assertion. */
    private record Support(Map<String, String> articles, Set<String> outlets) {}

    /**
     * Adds one ct:Assertion per (kind, event, agent, party) of the rows of {@link ResolutionQuery#FACTS}
     * to {@code m}, which already holds the entity and event summaries (their labels give the
     * listing's order); returns how many.
     */
    static int write(Model m, Iris iris, List<QuerySolution> factRows) {
        Map<Key, Support> all = new HashMap<>();
        for (QuerySolution s : factRows) {
            Key k = new Key(s.getLiteral("kind").getString(), iri(s, "event"), iri(s, "agent"), iri(s, "party"));
            Support sup = all.computeIfAbsent(k, x -> new Support(new TreeMap<>(), new TreeSet<>()));
            String article = s.getResource("article").getURI();
            sup.articles().put(article, s.contains("file") ? s.getLiteral("file").getLexicalForm() : article);
            String outlet = iri(s, "outlet");
            if (!outlet.isEmpty()) sup.outlets().add(outlet);
        }
        // The corroboration listing's order (fewest articles, then fewest outlets, kind, labels),
        // kept as one number: Jena sorting 11,000 rows on six keys took a second at 10,000 articles.
        record Ranked(Resource node, int articles, int outlets, String kind, String event, String agent, String party) {}
        List<Ranked> order = new ArrayList<>();
        all.forEach((k, sup) -> {
            Resource r = m.createResource(iris.base() + "assertion/" + ArticleIds.sha256(k.toString()).substring(0, 16))
                    .addProperty(RDF.type, CT.Assertion).addProperty(CT.assertionKind, k.kind())
                    .addLiteral(CT.articleCount, m.createTypedLiteral(sup.articles().size(), XSDDatatype.XSDinteger))
                    .addLiteral(CT.outletCount, m.createTypedLiteral(sup.outlets().size(), XSDDatatype.XSDinteger));
            if (!k.event().isEmpty()) r.addProperty(CT.event, m.createResource(k.event()));
            if (!k.agent().isEmpty()) r.addProperty(CT.agent, m.createResource(k.agent()));
            if (!k.party().isEmpty()) r.addProperty(CT.party, m.createResource(k.party()));
            for (String a : sup.articles().keySet()) r.addProperty(CT.statedIn, m.createResource(a));
            for (String o : sup.outlets()) r.addProperty(CT.outlet, m.createResource(o));
            r.addProperty(CT.fileList, list(sup.articles().values()));
            r.addProperty(CT.outletList, list(sup.outlets().stream().map(o -> label(m, o)).toList()));
            order.add(new Ranked(r, sup.articles().size(), sup.outlets().size(), k.kind(),
                    label(m, k.event()), label(m, k.agent()), label(m, k.party())));
        });
        order.sort(Comparator.comparingInt(Ranked::articles).thenComparingInt(Ranked::outlets).thenComparing(Ranked::kind)
                .thenComparing(Ranked::event).thenComparing(Ranked::agent).thenComparing(Ranked::party)
                .thenComparing(x -> x.node().getURI()));
        for (int i = 0; i < order.size(); i++) {
            order.get(i).node().addLiteral(CT.listRank, m.createTypedLiteral(i + 1, XSDDatatype.XSDinteger));
        }
        return all.size();
    }

    /**
     * A list as the corroboration listing shows it, sorted and joined by " | ". Kept beside the
     * ct:statedIn and ct:outlet links it sums up: grouping some 30,000 such links in the query
     * took 0.1-0.35 s at 10,000 articles.
     */
    private static String list(java.util.Collection<String> items) {
        return String.join(" | ", items.stream().sorted().toList());
    }

    /** The label the queries show for a node: its summary's prefLabel, else its IRI's last segment; "" for none. */
    private static String label(Model m, String iri) {
        if (iri.isEmpty()) return "";
        Statement pref = m.createResource(iri).getProperty(Skos.prefLabel);
        return pref != null ? pref.getString() : iri.replaceAll("^.*[/#]", "").replace('-', ' ');
    }

    /** The IRI bound to {@code var}, or "" when it is unbound or not an IRI. */
    private static String iri(QuerySolution s, String var) {
        return s.contains(var) && s.get(var).isURIResource() ? s.getResource(var).getURI() : "";
    }
}
