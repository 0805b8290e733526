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
 * A large realistic store from a few real articles. Each synthetic article is a real article's
 * graph (annotated and extracted by claimtrace) copied under a new article id. Runs of seven
 * consecutive copies tell one story: half the runs keep the real entities and events (the big
 * story every outlet covers, the hubs of real news); the other half are one of a pool of variant
 * stories, in which every entity but places gets that variant's IRI and names ("Northern Front 17") and the
 * dates move by 40 days per variant (an undated article gets its story's date), so that resolution
 * sees a different event at the same place (its window is 30 days). A variant story is thus told by some fifty articles from different
 * templates, with the claims, blames and relays of a real story, as news has many stories.
 */
public final class SyntheticCorpus {
    private final Iris iris;
    private final int variants;

    public SyntheticCorpus(Iris iris, int variants) {
        this.iris = iris;
        this.variants = variants;
    }

    /** Writes {@code count} articles as N-Quads to {@code file}; returns the number of quads. */
    public long write(List<Map.Entry<String, List<Quad>>> templates, int count, Path file) throws IOException {
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
                List<Quad> qs = template.getValue();
                // A variant entity gets variant names too, on its labels and on the mentions naming it,
                // so cross-article resolution keeps the variants apart as it would distinct real names.
                int variant = variantOf(i);
                java.util.Set<Node> renamed = new java.util.HashSet<>(); // variant entities and the mentions naming them
                java.util.Set<Node> places = new java.util.HashSet<>();
                for (Quad q : qs) {
                    if (q.getPredicate().getURI().endsWith("#entityType") && q.getObject().isLiteral()
                            && q.getObject().getLiteralLexicalForm().equals("PLACE")) places.add(q.getSubject());
                }
                if (variant >= 0) {
                    for (Quad q : qs) {
                        if (!q.getPredicate().getURI().endsWith("#taIdentRef") || places.contains(q.getObject())
                                || !q.getObject().isURI() || !q.getObject().getURI().startsWith(iris.base() + "entity/")) continue;
                        renamed.add(q.getSubject());
                        renamed.add(q.getObject());
                    }
                }
                for (Quad q : qs) {
                    Node o = mapObject(q, newArticle, variant);
                    String p = q.getPredicate().getURI();
                    if (renamed.contains(q.getSubject()) && o.isLiteral() && (p.endsWith("prefLabel") || p.endsWith("altLabel")
                            || p.endsWith("anchorOf") || p.endsWith("localKey"))) {
                        o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + " " + variant);
                    }
                    stream.quad(Quad.create(map(q.getGraph(), oldArticle, newArticle, variant, places),
                            map(q.getSubject(), oldArticle, newArticle, variant, places), q.getPredicate(),
                            o.isURI() ? map(o, oldArticle, newArticle, variant, places) : o));
                    quads++;
                }
                // An undated article of a variant story gets the story's date: undated, its event would
                // join the real story's (resolution places an undated event with the dated one).
                if (variant >= 0 && qs.stream().noneMatch(q -> q.getPredicate().getURI().endsWith("datePublished"))) {
                    Node article = NodeFactory.createURI(newArticle);
                    stream.quad(Quad.create(article, article, NodeFactory.createURI("https://schema.org/datePublished"),
                            NodeFactory.createLiteralDT(STORY_START.plusDays(40L * (variant + 1)).toString(), XSDDatatype.XSDdate)));
                    quads++;
                }
            }
            stream.finish();
        }
        return quads;
    }

    /** The real story's day, from which the variant stories are spaced. */
    private static final LocalDate STORY_START = LocalDate.of(2024, 3, 22);

    /** The variant story article {@code i} tells, or -1 for the real one (half the runs of seven). */
    private int variantOf(int i) {
        int h = Math.floorMod(("story#" + (i / 7)).hashCode() * 0x9E3779B1, variants * 2);
        return h < variants ? -1 : h - variants;
    }

    private Node mapObject(Quad q, String newArticle, int variant) {
        Node o = q.getObject();
        String p = q.getPredicate().getURI();
        if (o.isLiteral() && p.endsWith("articleId")) return NodeFactory.createLiteralString(newArticle.substring(newArticle.lastIndexOf('/') + 1));
        if (variant >= 0 && o.isLiteral() && (p.endsWith("datePublished") || p.endsWith("publishedAt") || p.endsWith("eventDate"))) {
            String lex = o.getLiteralLexicalForm();
            String day = LocalDate.parse(lex.substring(0, 10)).plusDays(40L * (variant + 1)).toString();
            return NodeFactory.createLiteralDT(day + lex.substring(10), o.getLiteralDatatype());
        }
        return o;
    }

    private Node map(Node n, String oldArticle, String newArticle, int variant, java.util.Set<Node> places) {
        if (!n.isURI() || places.contains(n)) return n;
        String u = n.getURI();
        if (u.startsWith(oldArticle)) return NodeFactory.createURI(newArticle + u.substring(oldArticle.length()));
        // An event with no place stated is the article's own ("attack-<id prefix>"): each copy has its own,
        // as resolution would name it, or every copy's parties would pile onto the template's event.
        if (u.startsWith(iris.base() + "event/")) {
            String oldOwn = "-" + iris.articleId(oldArticle).substring(0, 12);
            if (u.endsWith(oldOwn)) {
                return NodeFactory.createURI(u.substring(0, u.length() - oldOwn.length()) + "-" + iris.articleId(newArticle).substring(0, 12));
            }
        }
        // Variant IRIs are what resolution would name "<label> <n>" (slug "<slug>-<n>"), so it leaves them be.
        if (variant >= 0 && u.startsWith(iris.base() + "entity/")) return NodeFactory.createURI(u + "-" + variant);
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
