package org.claimtrace.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.system.Txn;

/**
 * Checks a store against the SHACL shapes of its graph (ontology/shapes.ttl) with Apache Jena
 * SHACL, one named graph at a time: each article graph holds its article's facts with their
 * evidence, and the resolution graph its summaries, so a finding names the graph (the article)
 * where it is. All graphs are read in one read transaction.
 */
public final class ShapeCheck {
    static final String SHAPES = "/ontology/shapes.ttl";

    /** One violation: where (the graph), on which node, along which property, why, and the value at fault (or null). */
    public record Finding(String graph, Node focus, Path path, String message, Node value) {}

    /** The findings and how many graphs were checked. */
    public record Report(int graphs, List<Finding> findings) {
        public boolean conforms() {
            return findings.isEmpty();
        }
    }

    private final Shapes shapes;

    private ShapeCheck(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes claimtrace ships. */
    public static ShapeCheck shipped() {
        try (InputStream in = ShapeCheck.class.getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException(SHAPES + " is missing from the classpath");
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapeCheck(Shapes.parse(g));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SHAPES, e);
        }
    }

    public Report check(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Finding> findings = new ArrayList<>();
            List<Node> graphs = new ArrayList<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(graphs::add);
            for (Node g : graphs) {
                ValidationReport r = ShaclValidator.get().validate(shapes, dataset.asDatasetGraph().getGraph(g));
                for (ReportEntry e : r.getEntries()) {
                    findings.add(new Finding(g.getURI(), e.focusNode(), e.resultPath(), e.message(), e.value()));
                }
            }
            return new Report(graphs.size(), findings);
        });
    }
}
