package org.claimtrace.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.claimtrace.cli.Claimtrace;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.QuadsManifest;
import org.claimtrace.util.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The Spark job's main class, for {@code spark-submit}: {@code claimtrace annotate} on a cluster.
 * The master, executors and their memory come from spark-submit; the options here are annotate's.
 * Exit codes as the command line's: 0 done, 3 some inputs skipped, 1 error (one line), 2 usage.
 */
@Command(name = "claimtrace-spark", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n",
        footer = {"  spark-submit --master spark://HOST:7077 --class org.claimtrace.spark.SparkAnnotate \\",
                "      --executor-memory 5g --executor-cores 4 --jars \"$(ls target/lib/*.jar | paste -sd, -)\" \\",
                "      target/claimtrace.jar hdfs:///news/2026-12-03/ --out hdfs:///claimtrace/nq/2026-12-03",
                "  claimtrace load nq/2026-12-03 --store news-db      # after copying the folder to the store's machine"},
        description = "Annotates articles on Apache Spark: text, HTML, JSON Lines and CSV files, and Parquet with the fields of "
                + "a JSON line, from any Hadoop file system path; writes each partition's article graphs as part-NNNNN.nq.gz "
                + "into --out, and manifest.json (files, articles, quads, skipped inputs) last, for 'claimtrace load'.")
public final class SparkAnnotate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders (walked) or globs, on any Hadoop file system")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "a new or empty folder for the .nq.gz files")
    String out;

    @Option(names = "--partition-size", paramLabel = "BYTES", defaultValue = "" + JobSettings.DEFAULT_PARTITION_BYTES,
            description = "input bytes per partition, one task each (default: ${DEFAULT-VALUE}, 300 to 550 news articles); "
                    + "at least two partitions per executor core")
    long partitionBytes;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "" + ArticleReader.DEFAULT_MAX_BYTES,
            description = "skip files larger than this (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(names = "--article-timeout", paramLabel = "SECONDS", defaultValue = "" + Ingester.Options.ARTICLE_TIMEOUT_SECONDS,
            description = "skip an article still being annotated after this long (default: ${DEFAULT-VALUE}; 0: no limit)")
    long timeoutSeconds;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "base IRI of articles, entities and events (default: ${DEFAULT-VALUE}); give the store's own")
    String base;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkAnnotate());
        cl.setExecutionExceptionHandler((e, cmd, parse) -> {
            cmd.getErr().println("claimtrace-spark: " + e.getMessage());
            if (!(e instanceof IllegalArgumentException)) e.printStackTrace(cmd.getErr());
            return 1;
        });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        JobSettings settings = new JobSettings(inputs, out, base, partitionBytes, maxBytes, timeoutSeconds, Claimtrace.version());
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("claimtrace annotate").getOrCreate();
        AnnotateJob.Outcome outcome;
        try {
            outcome = AnnotateJob.run(spark, settings);
        } finally {
            spark.stop();
        }
        QuadsManifest m = outcome.manifest();
        for (String note : outcome.notes()) err.println("claimtrace-spark: " + note);
        for (Skipped s : m.skipped()) err.println("claimtrace-spark: " + s);
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf("claimtrace-spark: %,d article graph(s), %,d quads in %d file(s) under %s in %.1f s (%.2f articles/s); %d input(s) skipped%n",
                m.articles(), m.quads(), m.files().size(), Printable.of(out), secs, m.articles() / secs, m.skipped().size());
        return m.skipped().isEmpty() ? 0 : Claimtrace.EXIT_SKIPPED;
    }
}
