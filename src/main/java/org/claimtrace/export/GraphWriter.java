package org.claimtrace.export;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes the property graph with JGraphT's exporters (GraphML, GEXF, DOT), declaring every
 * attribute with its type so Gephi, yEd and Cytoscape read numbers as numbers; Cytoscape.js
 * elements JSON is written here, since JGraphT's JSON format is not Cytoscape's. Node attributes:
 * iri, label, type, mentions, articles, described (a party the text only describes), sameAs (its
 * owl:sameAs IRIs, space-separated). Edge attributes: kind (also the label), sources (distinct
 * articles), firstDate, lastDate (publication days), maxConfidence, and for blames the event's
 * IRI and label (event, eventLabel). An attribute without a value (an undated relation, the event
 * of another kind of edge) is left out of that element.
 */
public final class GraphWriter {
    private GraphWriter() {}

    public static void write(Graph<GraphNode, GraphEdge> g, GraphFormat format, Writer out) {
        switch (format) {
            case GRAPHML -> graphml(g, out);
            case GEXF -> gexf(g, out);
            case DOT -> dot(g, out);
            case CYTOSCAPE -> cytoscape(g, out);
        }
    }

    static Map<String, Attribute> nodeAttributes(GraphNode n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("iri", DefaultAttribute.createAttribute(n.iri()));
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("type", DefaultAttribute.createAttribute(n.type()));
        a.put("mentions", DefaultAttribute.createAttribute(n.mentions()));
        a.put("articles", DefaultAttribute.createAttribute(n.articles()));
        a.put("described", DefaultAttribute.createAttribute(n.described()));
        a.put("sameAs", DefaultAttribute.createAttribute(n.sameAs()));
        return a;
    }

    static Map<String, Attribute> edgeAttributes(GraphEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(e.kind()));
        a.put("kind", DefaultAttribute.createAttribute(e.kind()));
        a.put("sources", DefaultAttribute.createAttribute(e.sources()));
        if (e.firstDate() != null) a.put("firstDate", DefaultAttribute.createAttribute(e.firstDate()));
        if (e.lastDate() != null) a.put("lastDate", DefaultAttribute.createAttribute(e.lastDate()));
        if (e.maxConfidence() != null) a.put("maxConfidence", DefaultAttribute.createAttribute(e.maxConfidence().doubleValue()));
        if (e.event() != null) {
            a.put("event", DefaultAttribute.createAttribute(e.event()));
            a.put("eventLabel", DefaultAttribute.createAttribute(e.eventLabel()));
        }
        return a;
    }

    /** Stable ids e0, e1... in the graph's edge order. */
    private static Function<GraphEdge, String> edgeIds(Graph<GraphNode, GraphEdge> g) {
        Map<GraphEdge, String> ids = new HashMap<>();
        for (GraphEdge e : g.edgeSet()) ids.put(e, "e" + ids.size());
        return ids::get;
    }

    /** Stable ids n0, n1... in the graph's node order, for formats whose ids cannot hold an IRI (GraphML NMTOKEN, DOT). */
    private static Function<GraphNode, String> nodeIds(Graph<GraphNode, GraphEdge> g) {
        Map<GraphNode, String> ids = new HashMap<>();
        for (GraphNode n : g.vertexSet()) ids.put(n, "n" + ids.size());
        return ids::get;
    }

    private static void graphml(Graph<GraphNode, GraphEdge> g, Writer out) {
        GraphMLExporter<GraphNode, GraphEdge> x = new GraphMLExporter<>(nodeIds(g));
        x.setEdgeIdProvider(edgeIds(g));
        var node = GraphMLExporter.AttributeCategory.NODE;
        var edge = GraphMLExporter.AttributeCategory.EDGE;
        x.registerAttribute("iri", node, AttributeType.STRING);
        x.registerAttribute("label", node, AttributeType.STRING);
        x.registerAttribute("type", node, AttributeType.STRING);
        x.registerAttribute("mentions", node, AttributeType.LONG);
        x.registerAttribute("articles", node, AttributeType.LONG);
        x.registerAttribute("described", node, AttributeType.BOOLEAN);
        x.registerAttribute("sameAs", node, AttributeType.STRING);
        x.registerAttribute("kind", edge, AttributeType.STRING);
        x.registerAttribute("sources", edge, AttributeType.INT);
        x.registerAttribute("firstDate", edge, AttributeType.STRING);
        x.registerAttribute("lastDate", edge, AttributeType.STRING);
        x.registerAttribute("maxConfidence", edge, AttributeType.DOUBLE);
        x.registerAttribute("event", edge, AttributeType.STRING);
        x.registerAttribute("eventLabel", edge, AttributeType.STRING);
        // GraphML keys are global by name: the edge label is the kind, which is declared already.
        x.setVertexAttributeProvider(GraphWriter::nodeAttributes);
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = edgeAttributes(e);
            a.remove("label");
            return a;
        });
        x.exportGraph(g, out);
    }

    private static void gexf(Graph<GraphNode, GraphEdge> g, Writer out) {
        GEXFExporter<GraphNode, GraphEdge> x = new GEXFExporter<>(GraphNode::iri, edgeIds(g));
        var node = GEXFExporter.AttributeCategory.NODE;
        var edge = GEXFExporter.AttributeCategory.EDGE;
        x.registerAttribute("iri", node, GEXFAttributeType.STRING);
        x.registerAttribute("type", node, GEXFAttributeType.STRING);
        x.registerAttribute("mentions", node, GEXFAttributeType.LONG);
        x.registerAttribute("articles", node, GEXFAttributeType.LONG);
        x.registerAttribute("described", node, GEXFAttributeType.BOOLEAN);
        x.registerAttribute("sameAs", node, GEXFAttributeType.STRING);
        x.registerAttribute("kind", edge, GEXFAttributeType.STRING);
        x.registerAttribute("sources", edge, GEXFAttributeType.INTEGER);
        x.registerAttribute("firstDate", edge, GEXFAttributeType.STRING);
        x.registerAttribute("lastDate", edge, GEXFAttributeType.STRING);
        x.registerAttribute("maxConfidence", edge, GEXFAttributeType.DOUBLE);
        x.registerAttribute("event", edge, GEXFAttributeType.STRING);
        x.registerAttribute("eventLabel", edge, GEXFAttributeType.STRING);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        x.setCreator("claimtrace");
        x.setDescription("claimtrace provenance graph: entities and events, and who claimed, blamed, reported, threatened");
        x.setVertexAttributeProvider(GraphWriter::nodeAttributes);
        x.setEdgeAttributeProvider(GraphWriter::edgeAttributes);
        x.exportGraph(g, out);
    }

    private static void dot(Graph<GraphNode, GraphEdge> g, Writer out) {
        DOTExporter<GraphNode, GraphEdge> x = new DOTExporter<>(nodeIds(g));
        x.setGraphIdProvider(() -> "claimtrace");
        x.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = nodeAttributes(n);
            a.put("shape", DefaultAttribute.createAttribute("EVENT".equals(n.type()) ? "box" : "ellipse"));
            return a;
        });
        x.setEdgeAttributeProvider(GraphWriter::edgeAttributes);
        x.exportGraph(g, out);
    }

    private static void cytoscape(Graph<GraphNode, GraphEdge> g, Writer out) {
        Function<GraphEdge, String> edgeIds = edgeIds(g);
        // Not closed: closing the generator would close the caller's writer.
        JsonGenerator j = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out);
        {
            j.writeStartObject().writeStartObject("elements").writeStartArray("nodes");
            for (GraphNode n : g.vertexSet()) {
                j.writeStartObject().writeStartObject("data")
                        .write("id", n.iri()).write("label", n.label()).write("type", n.type())
                        .write("mentions", n.mentions()).write("articles", n.articles())
                        .write("described", n.described()).write("sameAs", n.sameAs())
                        .writeEnd().writeEnd();
            }
            j.writeEnd().writeStartArray("edges");
            for (GraphEdge e : g.edgeSet()) {
                j.writeStartObject().writeStartObject("data")
                        .write("id", edgeIds.apply(e)).write("source", e.source()).write("target", e.target())
                        .write("label", e.kind()).write("kind", e.kind()).write("sources", e.sources());
                if (e.firstDate() != null) j.write("firstDate", e.firstDate());
                if (e.lastDate() != null) j.write("lastDate", e.lastDate());
                BigDecimal c = e.maxConfidence();
                if (c != null) j.write("maxConfidence", c);
                if (e.event() != null) j.write("event", e.event()).write("eventLabel", e.eventLabel());
                j.writeEnd().writeEnd();
            }
            j.writeEnd().writeEnd().writeEnd();
            j.flush();
        }
    }
}
