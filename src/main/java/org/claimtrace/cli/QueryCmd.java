package org.claimtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.claimtrace.map.Prefixes;
import org.claimtrace.query.ParamResolver;
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

@Command(name = "query", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace query claims --param event=attack-moscow",
                "  claimtrace query mentions --param article=004_0586ed6de2ad9625.txt --format csv > mentions.csv"},
        description = "Runs a stored query (queries/NAME.rq) over the store.")
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
        Query query = QueryRunner.parse(q.text());
        PrintWriter err = spec.commandLine().getErr();
        try (ArticleStore gs = store.any(StoreOption.Access.READ, err)) {
            ParamResolver.Outcome bound = new ParamResolver(gs, IngestCmd.iris(store.base), Prefixes.forBase(store.base)).resolve(q, params);
            bound.notes().forEach(n -> err.println("claimtrace: " + n));
            err.flush();
            format.print(QueryRunner.over(gs).run(query, bound.bindings()), query, gs, store.base, spec);
        }
        return 0;
    }

    static QueryLibrary library(Path dir) {
        return QueryLibrary.load(dir);
    }
}
