package org.claimtrace.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.system.jsonld.JenaToTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.claimtrace.map.Prefixes;

/**
 * Writes the store, or one article's graph, as RDF with the ontology's prefixes, inside one read
 * transaction. Turtle, TriG and N-Quads stream quad by quad from the store's indexes; JSON-LD
 * needs the whole graph in memory to compact it.
 */
public final class RdfExport {
    private final Dataset dataset;

    public RdfExport(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Writes {@code graph} (an article's graph name) or, when null, the whole store. Turtle of the
     * whole store is the union of the article graphs (each triple once).
     */
    public void write(RdfFormat format, String graph, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            if (format == RdfFormat.JSONLD) {
                writeJsonLd(copy(dsg, graph), out);
            } else {
                stream(dsg, format, graph, out);
            }
        });
    }

    private static void stream(DatasetGraph dsg, RdfFormat format, String graph, OutputStream out) {
        StreamRDF w = StreamRDFWriter.getWriterStream(out, format.streamFormat());
        w.start();
        Prefixes.ALL.forEach(w::prefix);
        Node g = graph == null ? null : NodeFactory.createURI(graph);
        if (format.quads()) {
            Iterator<Quad> it = g == null ? dsg.find() : dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
            it.forEachRemaining(w::quad);
        } else {
            Iterator<Triple> it = (g == null ? dsg.getUnionGraph() : dsg.getGraph(g)).find();
            it.forEachRemaining(w::triple);
        }
        w.finish();
    }

    private static DatasetGraph copy(DatasetGraph dsg, String graph) {
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        Iterator<Quad> it = graph == null ? dsg.find()
                : dsg.find(NodeFactory.createURI(graph), Node.ANY, Node.ANY, Node.ANY);
        it.forEachRemaining(mem::add);
        return mem;
    }

    /** One graph as JSON-LD, compacted as the exports are (for a linked-data document). */
    public static void jsonLd(Model graph, OutputStream out) {
        writeJsonLd(DatasetGraphFactory.wrap(graph.getGraph()), out);
    }

    /** Expanded JSON-LD from Jena, compacted with ontology/context.jsonld, which is embedded. */
    private static void writeJsonLd(DatasetGraph dsg, OutputStream out) {
        try {
            JsonArray expanded = JenaToTitanium.convert(dsg, new JsonLdOptions());
            JsonObject context = JsonLdContext.document();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(context)).get();
            Map<String, ?> config = Map.of(JsonGenerator.PRETTY_PRINTING, true);
            java.io.StringWriter text = new java.io.StringWriter();
            try (JsonWriter w = Json.createWriterFactory(config).createWriter(text)) {
                w.write(compacted);
            }
            out.write((text.toString().strip() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
