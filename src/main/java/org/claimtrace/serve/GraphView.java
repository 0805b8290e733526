package org.claimtrace.serve;

import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * A neighbourhood drawn as nodes and edges: entities and events (typed by ct:entityType), fact
 * nodes (a claim, an attribution, ... merged across articles when they have the same participants),
 * and edges labelled by relation, weighted by the number of distinct articles behind them.
 */
public record GraphView(String center, List<Node> nodes, List<Edge> edges, boolean truncated) {

    /** A node: id is the IRI (or "fact:..." for a merged fact node); type is ct:entityType or FACT. */
    public record Node(String id, String label, String type, String kind) {}

    public record Edge(String id, String source, String target, String relation, int weight, List<Evidence> evidence) {}

    /** Where an edge comes from: the article, its file, the sentence, the outlet that published it and its date. */
    public record Evidence(String fact, String article, String file, String sentence, String outlet, String date,
            String rule, String confidence) {}

    public JsonObject toJson() {
        JsonObject o = new JsonObject();
        o.put("center", center);
        JsonArray ns = new JsonArray();
        for (Node n : nodes) {
            JsonObject j = new JsonObject();
            j.put("id", n.id());
            j.put("label", n.label());
            j.put("type", n.type());
            if (n.kind() != null) j.put("kind", n.kind());
            ns.add(j);
        }
        JsonArray es = new JsonArray();
        for (Edge e : edges) {
            JsonObject j = new JsonObject();
            j.put("id", e.id());
            j.put("source", e.source());
            j.put("target", e.target());
            j.put("relation", e.relation());
            j.put("weight", e.weight());
            JsonArray ev = new JsonArray();
            for (Evidence x : e.evidence()) {
                JsonObject k = new JsonObject();
                put(k, "fact", x.fact());
                put(k, "article", x.article());
                put(k, "file", x.file());
                put(k, "sentence", x.sentence());
                put(k, "outlet", x.outlet());
                put(k, "date", x.date());
                put(k, "rule", x.rule());
                put(k, "confidence", x.confidence());
                ev.add(k);
            }
            j.put("evidence", ev);
            es.add(j);
        }
        o.put("nodes", ns);
        o.put("edges", es);
        o.put("truncated", truncated);
        return o;
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) o.put(key, value);
    }
}
