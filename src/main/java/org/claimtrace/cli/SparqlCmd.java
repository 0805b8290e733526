package org.claimtrace.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sparql", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace sparql 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }'",
                "  claimtrace sparql -f my-question.rq --format csv"},
        description = "Runs an ad hoc SPARQL query: given as an argument or with -f FILE.")
final class SparqlCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..1", description = "the query text")
    String query;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "read the query from FILE")
    Path file;

    @Override
    public Integer call() {
        String text = query;
        if (file != null) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot read query file " + file + " (" + e.getMessage() + ")");
            }
        }
        if (text == null || text.isBlank()) throw new UserError("give a query or -f FILE");
        Query parsed = QueryRunner.parse(text);
        try (ArticleStore gs = store.any(StoreOption.Access.READ, spec.commandLine().getErr())) {
            format.print(QueryRunner.over(gs).run(parsed, Map.of()), parsed, gs, store.base, spec);
        }
        return 0;
    }
}
