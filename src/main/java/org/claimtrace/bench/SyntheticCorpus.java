package org.claimtrace.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleIds;

/**
 * A large realistic store from a few real articles: each synthetic article is a real article's
 * graph (annotated and extracted by claimtrace) re-mapped under a new article id, with entity IRIs
 * and names (places excepted) drawn half the time from a pool of variants,
 * so the store has many distinct entities and claims with the shape and fan-out of real ones, and
 * the hubs real news has (the other half keep the real node). Events, places and dates stay real.
 * The IRIs and names are those cross-article resolution would give, so it leaves the articles be.
 */
public final class SyntheticCorpus {
    private final Iris iris;
    private final int variants;

    public SyntheticCorpus(Iris iris, int variants) {
        this.iris = iris;
        this.variants = variants;
    }

    /** Writes {@code count} articles as N-Quads to {@code file}; returns the number of quads. */
    public long write(List<Map.Entry<String, List<Quad>>> templates, int count, LocalDate start, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        long quads = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
            stream.start();
            for (int i = 0; i < count; i++) {
                var template = templates.get(i % templates.size());
                String oldArticle = template.getKey();
                String newId = ArticleIds.sha256(oldArticle + "#synthetic-" + i);
                String newArticle = iris.article(newId);
                LocalDate published = start.plusDays((i * 365L) / Math.max(1, count));
                List<Quad> qs = template.getValue();
                // A variant entity gets variant names too, on its labels and on the mentions naming it,
                // so cross-article resolution keeps the variants apart as it would distinct real names.
                java.util.Map<Node, String> suffixOf = new java.util.HashMap<>();
                java.util.Set<Node> places = new java.util.HashSet<>();
                for (Quad q : qs) {
                    if (q.getPredicate().getURI().endsWith("#entityType") && q.getObject().isLiteral()
                            && q.getObject().getLiteralLexicalForm().equals("PLACE")) places.add(q.getSubject());
                }
                for (Quad q : qs) {
                    if (!q.getPredicate().getURI().endsWith("#taIdentRef") || places.contains(q.getObject())) continue;
                    String suffix = variantSuffix(q.getObject(), i);
                    if (suffix != null) {
                        suffixOf.put(q.getSubject(), suffix);
                        suffixOf.put(q.getObject(), suffix);
                    }
                }
                for (Quad q : qs) {
                    Node o = mapObject(q, oldArticle, newArticle, i, published);
                    String suffix = suffixOf.get(q.getSubject());
                    String p = q.getPredicate().getURI();
                    if (suffix != null && o.isLiteral() && (p.endsWith("prefLabel") || p.endsWith("altLabel")
                            || p.endsWith("anchorOf") || p.endsWith("localKey"))) {
                        o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + suffix);
                    }
                    stream.quad(Quad.create(map(q.getGraph(), oldArticle, newArticle, i, places),
                            map(q.getSubject(), oldArticle, newArticle, i, places), q.getPredicate(), mapNode(o, oldArticle, newArticle, i, places)));
                    quads++;
                }
            }
            stream.finish();
        }
        return quads;
    }

    private Node mapObject(Quad q, String oldArticle, String newArticle, int i, LocalDate published) {
        Node o = q.getObject();
        String p = q.getPredicate().getURI();
        // Publication dates stay those of the real article: a year of copies of one report would be a
        // year of different attacks at one place, which resolution rightly keeps apart.
        if (o.isLiteral() && p.endsWith("articleId")) return NodeFactory.createLiteralString(newArticle.substring(newArticle.lastIndexOf('/') + 1));
        return o;
    }

    private Node mapNode(Node o, String oldArticle, String newArticle, int i, java.util.Set<Node> places) {
        return o.isURI() ? map(o, oldArticle, newArticle, i, places) : o;
    }

    /** " 7" when the node is drawn as variant 7 for article i, null when it keeps its real identity. */
    private String variantSuffix(Node n, int i) {
        if (!n.isURI() || !n.getURI().startsWith(iris.base() + "entity/")) return null;
        int h = Math.floorMod((n.getURI() + "#" + (i / 7)).hashCode(), variants * 2);
        return h < variants ? null : " " + (h - variants);
    }

    private Node map(Node n, String oldArticle, String newArticle, int i, java.util.Set<Node> places) {
        if (!n.isURI()) return n;
        // Places stay real (news has only so many places, and events are placed by them).
        if (places.contains(n)) return n;
        String u = n.getURI();
        if (u.startsWith(oldArticle)) return NodeFactory.createURI(newArticle + u.substring(oldArticle.length()));
        String entity = iris.base() + "entity/";
        String event = iris.base() + "event/";
        String claim = iris.base() + "claim/";
        // Events keep their IRIs (and dates): the same attack reported over and over, as in real news;
        // a publication date spread over a year would otherwise split them into many events.
        if (u.startsWith(entity)) {
            int h = Math.floorMod((u + "#" + (i / 7)).hashCode(), variants * 2);
            // Half the draws keep the real node (hubs); the rest spread over the variant pool.
            // Variant IRIs are what resolution would name "<label> <n>" (slug "<slug>-<n>"), so it leaves them be.
            return h < variants ? n : NodeFactory.createURI(u + "-" + (h - variants));
        }
        if (u.startsWith(iris.base() + "graph/")) return n;
        return n;
    }

    /** The article graphs of a store as templates: (article IRI, its quads). */
    public static List<Map.Entry<String, List<Quad>>> templates(org.apache.jena.query.Dataset ds, Iris iris) {
        return org.apache.jena.system.Txn.calculateRead(ds, () -> {
            List<Map.Entry<String, List<Quad>>> out = new ArrayList<>();
            ds.listNames().forEachRemaining(g -> {
                if (iris.articleId(g) == null) return;
                List<Quad> qs = new ArrayList<>();
                Node gn = NodeFactory.createURI(g);
                ds.asDatasetGraph().find(gn, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(qs::add);
                out.add(Map.entry(g, qs));
            });
            out.sort(Map.Entry.comparingByKey());
            return out;
        });
    }

}
