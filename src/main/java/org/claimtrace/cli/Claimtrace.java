package org.claimtrace.cli;

import java.io.PrintWriter;
import org.claimtrace.store.GraphStore;
import org.claimtrace.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * claimtrace: news articles to a provenance knowledge graph. Exit codes: 0 done; 1 an error
 * (one line on stderr); 2 bad usage; 3 ingest finished but skipped some inputs; 4 validate found
 * the store not conforming to its shapes.
 */
@Command(name = "claimtrace", mixinStandardHelpOptions = true, versionProvider = Claimtrace.Version.class,
        description = "Turns news articles into a provenance knowledge graph (claims, attributions, reports) "
                + "in a Jena TDB2 store and answers stored SPARQL queries.",
        footerHeading = "%nExample:%n",
        footer = {"  claimtrace ingest seeds/ && claimtrace query claims", "  claimtrace help query"},
        subcommands = {CommandLine.HelpCommand.class, IngestCmd.class, QueryCmd.class, QueriesCmd.class, SparqlCmd.class, StatsCmd.class,
                RemoveCmd.class, ExportCmd.class, EvalCmd.class, BenchCmd.class, AnnotateCmd.class, LoadCmd.class,
                ServeCmd.class, ResolveCmd.class, CompactCmd.class, ValidateCmd.class, PolnearCmd.class, BlameCmd.class})
public final class Claimtrace {
    public static final int EXIT_SKIPPED = 3;
    /** validate: the store does not conform to the shapes. */
    public static final int EXIT_INVALID = 4;

    @Option(names = "--verbose", description = "print stack traces of errors", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static String version() {
        String v = Claimtrace.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"claimtrace " + version()};
        }
    }

    public static CommandLine commandLine() {
        Claimtrace root = new Claimtrace();
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler((thrown, cmd, parse) -> {
            PrintWriter err = cmd.getErr();
            // TDB2 failing on its own files in the middle of a command: the store is damaged, say so in one line.
            StoreException storage = GraphStore.storageFailure(thrown);
            Exception e = storage != null ? storage : thrown;
            boolean user = e instanceof UserError || e instanceof StoreException || e instanceof IllegalArgumentException;
            err.println("claimtrace: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            if (root.verbose || !user) e.printStackTrace(err);
            err.flush();
            return 1;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
