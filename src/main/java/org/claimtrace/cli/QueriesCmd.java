package org.claimtrace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimtrace.query.StoredQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "queries", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace queries"},
        description = "Lists the stored queries with the questions they answer.")
final class QueriesCmd implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries", description = "extra .rq folder")
    Path queriesDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (StoredQuery q : QueryCmd.library(queriesDir).all().values()) {
            out.printf("%-22s %s%n", q.name(), q.question());
            for (String p : q.params()) out.printf("%-22s   param %s%n", "", p);
            if (q.isListing()) out.printf("%-22s   a listing: give one of %s, or --all for every row%n", "", String.join(", ", q.scope()));
        }
        out.flush();
        return 0;
    }
}
