package org.claimtrace.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace stats --store news-db"},
        description = "Prints counts: articles, quads, entities by type, facts by kind.")
final class StatsCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    private static final String COUNTS = """
            PREFIX ct: <https://claimtrace.org/ns#>
            PREFIX schema: <https://schema.org/>
            SELECT ?what (COUNT(DISTINCT ?x) AS ?n) WHERE {
              { GRAPH ?g { ?x a schema:NewsArticle } BIND("articles" AS ?what) }
              UNION { GRAPH ?g { ?x a ct:Entity ; ct:entityType ?t } BIND(CONCAT("entities ", ?t) AS ?what) }
              UNION { GRAPH ?g { ?x a ct:Event } BIND("events" AS ?what) }
              UNION { GRAPH ?g { ?x a ct:Mention } BIND("mentions" AS ?what) }
              UNION { GRAPH ?g { ?x a ct:Fact ; a ?k FILTER(?k != ct:Fact && STRSTARTS(STR(?k), STR(ct:))) }
                      BIND(CONCAT("facts ", STRAFTER(STR(?k), STR(ct:))) AS ?what) }
            } GROUP BY ?what ORDER BY ?what
            """;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore gs = store.local(StoreOption.Access.READ, spec.commandLine().getErr())) {
            out.printf("%-28s %,d%n", "quads", gs.size());
            for (QuerySolution s : new QueryRunner(gs.dataset()).select(COUNTS, java.util.Map.of())) {
                out.printf("%-28s %,d%n", s.getLiteral("what").getString(), s.getLiteral("n").getLong());
            }
        }
        out.flush();
        return 0;
    }
}
