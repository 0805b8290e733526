package org.claimtrace.spark;

import java.io.Serializable;
import java.util.List;
import org.claimtrace.cli.Claimtrace;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleReader;

/**
 * How the job runs: what it reads, where it writes, and the options {@code claimtrace annotate}
 * has. Sent to the executors with each task.
 *
 * @param inputs          Hadoop paths (files, folders, globs) on any file system the cluster reaches
 * @param out             the folder for the {@code .nq.gz} partitions and the manifest; must be new or empty
 * @param partitionBytes  input bytes per partition (a file is never split; a Parquet input is shared out by rows)
 * @param maxBytes        files larger than this are skipped, as ingest's --max-size
 * @param timeoutSeconds  an article's time budget, as ingest's --article-timeout (0: none)
 * @param version         claimtrace's version, recorded in each article's PROV record
 */
public record JobSettings(List<String> inputs, String out, String base, long partitionBytes, long maxBytes, long timeoutSeconds,
                   String version) implements Serializable {
    /** 300 to 550 news articles, minutes of one executor core: a lost task costs little and the last ones end together. */
    static final long DEFAULT_PARTITION_BYTES = 1L << 20;

    public JobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new IllegalArgumentException("no input paths");
        if (partitionBytes < 1) throw new IllegalArgumentException("--partition-size must be at least 1 byte");
        if (maxBytes < 1) throw new IllegalArgumentException("--max-size must be at least 1 byte");
        if (timeoutSeconds < 0) throw new IllegalArgumentException("--article-timeout must not be negative");
        new Iris(base); // a bad base fails here, on the driver, not in every task
    }

    public static JobSettings of(List<String> inputs, String out) {
        return new JobSettings(inputs, out, Iris.DEFAULT_BASE, DEFAULT_PARTITION_BYTES, ArticleReader.DEFAULT_MAX_BYTES,
                Ingester.Options.ARTICLE_TIMEOUT_SECONDS, Claimtrace.version());
    }

    public JobSettings withPartitionBytes(long bytes) {
        return new JobSettings(inputs, out, base, bytes, maxBytes, timeoutSeconds, version);
    }
}
