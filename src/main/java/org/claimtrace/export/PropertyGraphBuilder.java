package org.claimtrace.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The property graph for visualisation: entities and events as nodes, the mission's relations as
 * edges. One SPARQL query (relations.rq) lists every fact that states a relation, with its article,
 * date and confidence; facts are aggregated here into one edge per (source, kind, target), after
 * the date filter and before the min-sources and neighbourhood filters. Node labels, types and
 * counts come from the summaries {@code claimtrace query entities} prints (nodes.rq), described
 * parties included (flagged), with each node's owl:sameAs links. Nodes in no kept relation are
 * left out.
 */
public final class PropertyGraphBuilder {
    private static final String RELATIONS = "/org/claimtrace/export/relations.rq";
    private static final String NODES = "/org/claimtrace/export/nodes.rq";

    private final Dataset dataset;

    public PropertyGraphBuilder(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Fact rows of relations.rq, one per fact and article; {@code event} only for blames. */
    private record FactRow(String source, String kind, String target, String event, String article, String date, BigDecimal confidence) {}

    private record EdgeKey(String source, String kind, String target, String event) {}

    public Graph<GraphNode, GraphEdge> build(GraphFilter filter) {
        List<FactRow> facts;
        Map<String, GraphNode> known;
        var runner = new QueryRunner(dataset);
        var relations = QueryRunner.parse(resource(RELATIONS));
        var entities = QueryRunner.parse(resource(NODES));
        // Both queries see the same state of the store.
        var read = Txn.calculateRead(dataset, () -> List.of(runner.run(relations, Map.of()), runner.run(entities, Map.of())));
        facts = factRows(rows(read.get(0)));
        known = nodes(rows(read.get(1)));
        String focus = filter.focus();
        if (focus != null && !known.containsKey(focus)) {
            throw new IllegalArgumentException("--where " + (filter.event() != null ? "event=" : "entity=") + focus
                    + ": no such entity or event in the store (see 'claimtrace query entities')");
        }

        Graph<GraphNode, GraphEdge> g = new DirectedPseudograph<>(null, null, false);
        Map<String, GraphNode> added = new HashMap<>();
        List<GraphEdge> edges = aggregate(facts, filter, known).values().stream()
                .sorted(java.util.Comparator.comparing(GraphEdge::source).thenComparing(GraphEdge::kind)
                        .thenComparing(GraphEdge::target).thenComparing(e -> e.event() == null ? "" : e.event()))
                .toList();
        for (GraphEdge edge : edges) {
            if (edge.sources() < filter.minSources()) continue;
            // Around an event, blame is shown for that event only.
            if (edge.event() != null && filter.event() != null && !edge.event().equals(filter.event())) continue;
            GraphNode s = added.computeIfAbsent(edge.source(), iri -> node(iri, known));
            GraphNode t = added.computeIfAbsent(edge.target(), iri -> node(iri, known));
            g.addVertex(s);
            g.addVertex(t);
            g.addEdge(s, t, edge);
        }
        if (focus != null) {
            GraphNode f = added.computeIfAbsent(focus, iri -> node(iri, known));
            g.addVertex(f);
            keepNeighbourhood(g, f, filter.depth());
        }
        return g;
    }

    private static ResultSetRewindable rows(QueryRunner.Result r) {
        ResultSetRewindable rs = ((QueryRunner.Result.Rows) r).rows();
        rs.reset();
        return rs;
    }

    private static List<FactRow> factRows(ResultSetRewindable rs) {
        List<FactRow> out = new java.util.ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            RDFNode s = q.get("source");
            RDFNode t = q.get("target");
            if (!s.isURIResource() || !t.isURIResource()) continue;
            String date = q.contains("published") ? day(q.getLiteral("published").getLexicalForm()) : null;
            BigDecimal conf = q.contains("confidence") ? confidence(q.getLiteral("confidence").getLexicalForm()) : null;
            String event = q.contains("event") && q.get("event").isURIResource() ? q.getResource("event").getURI() : null;
            out.add(new FactRow(s.asResource().getURI(), q.getLiteral("kind").getString(), t.asResource().getURI(), event,
                    q.getResource("article").getURI(), date, conf));
        }
        return out;
    }

    private static String day(String lexical) {
        return lexical.length() >= 10 && lexical.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}") ? lexical.substring(0, 10) : null;
    }

    private static BigDecimal confidence(String lexical) {
        try {
            return new BigDecimal(lexical);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, GraphNode> nodes(ResultSetRewindable rs) {
        Map<String, GraphNode> out = new HashMap<>();
        while (rs.hasNext()) {
            QuerySolution q = rs.next();
            String iri = q.getResource("entity").getURI();
            out.put(iri, new GraphNode(iri, q.getLiteral("label").getString(), q.getLiteral("type").getString(),
                    q.getLiteral("mentions").getLong(), q.getLiteral("articles").getLong(),
                    q.contains("described") && q.getLiteral("described").getBoolean(), q.getLiteral("sameAs").getString()));
        }
        return out;
    }

    /** A node the entities query does not know (a party the resolver left without a node): its IRI's last segment. */
    private static GraphNode node(String iri, Map<String, GraphNode> known) {
        GraphNode n = known.get(iri);
        if (n != null) return n;
        String label = iri.replaceFirst("^.*[/#]", "").replace('-', ' ');
        return new GraphNode(iri, label, "UNKNOWN", 0, 0);
    }

    private static Map<EdgeKey, GraphEdge> aggregate(List<FactRow> facts, GraphFilter filter, Map<String, GraphNode> known) {
        Map<EdgeKey, Set<String>> articles = new LinkedHashMap<>();
        Map<EdgeKey, TreeSet<String>> dates = new HashMap<>();
        Map<EdgeKey, BigDecimal> best = new HashMap<>();
        for (FactRow f : facts) {
            if (!inRange(f.date(), filter.from(), filter.to())) continue;
            EdgeKey k = new EdgeKey(f.source(), f.kind(), f.target(), f.event());
            articles.computeIfAbsent(k, x -> new HashSet<>()).add(f.article());
            TreeSet<String> d = dates.computeIfAbsent(k, x -> new TreeSet<>());
            if (f.date() != null) d.add(f.date());
            if (f.confidence() != null) best.merge(k, f.confidence(), BigDecimal::max);
        }
        Map<EdgeKey, GraphEdge> out = new LinkedHashMap<>();
        articles.forEach((k, a) -> {
            TreeSet<String> d = dates.get(k);
            out.put(k, new GraphEdge(k.source(), k.target(), k.kind(), a.size(),
                    d.isEmpty() ? null : d.first(), d.isEmpty() ? null : d.last(), best.get(k),
                    k.event(), k.event() == null ? null : node(k.event(), known).label()));
        });
        return out;
    }

    private static boolean inRange(String date, LocalDate from, LocalDate to) {
        if (from == null && to == null) return true;
        if (date == null) return false;
        LocalDate d = LocalDate.parse(date);
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }

    /**
     * Removes every node more than {@code depth} hops from {@code focus}, edges taken either way.
     * A blames edge about the focus (an event) joins both its ends to it: who blamed whom for it is
     * one hop from the event, as the party blamed is.
     */
    private static void keepNeighbourhood(Graph<GraphNode, GraphEdge> g, GraphNode focus, int depth) {
        Map<GraphNode, Integer> dist = new HashMap<>();
        Deque<GraphNode> queue = new ArrayDeque<>();
        dist.put(focus, 0);
        queue.add(focus);
        while (!queue.isEmpty()) {
            GraphNode n = queue.poll();
            int d = dist.get(n);
            if (d == depth) continue;
            List<GraphNode> next = new java.util.ArrayList<>(Graphs.neighborListOf(g, n));
            if (n.equals(focus)) {
                g.edgeSet().stream().filter(e -> focus.iri().equals(e.event()))
                        .forEach(e -> next.addAll(List.of(g.getEdgeSource(e), g.getEdgeTarget(e))));
            }
            for (GraphNode m : next) {
                if (dist.putIfAbsent(m, d + 1) == null) queue.add(m);
            }
        }
        g.removeAllVertices(new HashSet<>(g.vertexSet().stream().filter(v -> !dist.containsKey(v)).toList()));
    }

    private static String resource(String path) {
        try (InputStream in = PropertyGraphBuilder.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException(path + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
