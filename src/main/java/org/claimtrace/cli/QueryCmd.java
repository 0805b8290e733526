package org.claimtrace.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.StoredQuery;
import org.claimtrace.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", description = "Runs a stored query (queries/NAME.rq) over the store.")
final class QueryCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Mixin FormatOption format;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "stored query name; see 'claimtrace queries'")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "bind ?KEY to VALUE (an IRI when written <...> or http(s)://..., else a string)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--all", description = "a listing (a query with a scope, see 'claimtrace queries') over the whole store: every row")
    boolean allRows;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "folder of .rq files that add to or override the packaged ones (default: ${DEFAULT-VALUE})")
    Path queriesDir;

    @Override
    public Integer call() {
        StoredQuery q = library(queriesDir).get(name).orElseThrow(() -> new UserError(
                "no stored query '" + name + "'; available: " + String.join(", ", library(queriesDir).all().keySet())));
        for (String p : params.keySet()) {
            if (!q.paramNames().contains(p)) {
                throw new UserError("query " + name + " has no parameter '" + p + "'; it takes: "
                        + (q.paramNames().isEmpty() ? "none" : String.join(", ", q.paramNames())));
            }
        }
        q.unscoped(params.keySet(), allRows).ifPresent(why -> {
            throw new UserError(why);
        });
        return run(store, q.text(), params, format, spec);
    }

    static QueryLibrary library(Path dir) {
        return QueryLibrary.load(dir);
    }

    static int run(StoreOption store, String sparql, Map<String, String> params, FormatOption format, CommandSpec spec) {
        var fmt = format.parse();
        var query = QueryRunner.parse(sparql);
        try (ArticleStore gs = store.any(StoreOption.Access.READ, spec.commandLine().getErr())) {
            var result = QueryRunner.over(gs).run(query, QueryRunner.bindings(params));
            PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
            QueryRunner.write(result, fmt, out);
            out.flush();
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
