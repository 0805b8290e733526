package org.claimtrace.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.claimtrace.map.Prefixes;
import org.claimtrace.query.ArticleNames;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.store.GraphStore;
import org.claimtrace.validate.ShapeCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Checks the store against ontology/shapes.ttl and lists each violation by article, node and property. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks every graph of the store against the SHACL shapes of claimtrace's graph (ontology/shapes.ttl, run by "
                + "Apache Jena SHACL): each fact with its evidence, rule and confidence, each article with its text, each mention with "
                + "its entity... Lists each violation under its article; exit 0 when the store conforms, "
                + Claimtrace.EXIT_INVALID + " when it does not.",
        footerHeading = "%nExample:%n", footer = {"  claimtrace validate --store news-db"})
final class ValidateCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore gs = store.local(StoreOption.Access.READ, err)) {
            ShapeCheck.Report r = ShapeCheck.shipped().check(gs.dataset());
            if (r.conforms()) {
                out.printf("the store conforms to ontology/shapes.ttl: %d graphs checked, no violations%n", r.graphs());
                out.flush();
                return 0;
            }
            Map<String, List<ShapeCheck.Finding>> byGraph = r.findings().stream()
                    .collect(Collectors.groupingBy(ShapeCheck.Finding::graph, LinkedHashMap::new, Collectors.toList()));
            Map<String, String> names = ArticleNames.of(new QueryRunner(gs.dataset()), byGraph.keySet());
            PrefixMapping prefixes = Prefixes.forBase(store.base);
            byGraph.forEach((graph, findings) -> {
                out.printf("%s  (%s)%n", names.get(graph), graph);
                for (ShapeCheck.Finding f : findings) {
                    out.printf("  %s  %s: %s%s%n", node(f.focus(), graph, prefixes),
                            f.path() == null ? "" : f.path().toString(new Prologue(prefixes)), f.message(),
                            f.value() == null ? "" : " (found " + node(f.value(), graph, prefixes) + ")");
                }
            });
            out.flush();
            err.printf("claimtrace: the store does not conform to ontology/shapes.ttl: %d violation%s in %d of %d graphs (listed above)%n",
                    r.findings().size(), r.findings().size() == 1 ? "" : "s", byGraph.size(), r.graphs());
            err.flush();
            return Claimtrace.EXIT_INVALID;
        }
    }

    /** A node as short as it stays clear: #fragment within its own graph, else prefixed, else as in N-Triples. */
    private static String node(Node n, String graph, PrefixMapping prefixes) {
        if (n.isURI() && n.getURI().startsWith(graph + "#")) return n.getURI().substring(graph.length());
        if (n.isURI() && !prefixes.shortForm(n.getURI()).equals(n.getURI())) return prefixes.shortForm(n.getURI());
        return NodeFmtLib.strNT(n);
    }
}
