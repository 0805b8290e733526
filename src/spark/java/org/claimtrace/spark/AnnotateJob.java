package org.claimtrace.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.QuadsManifest;

/**
 * The annotate stage on Apache Spark: the inputs listed on the driver ({@link InputListing}),
 * files shared out among partitions by size and Parquet rows by count, each partition annotated
 * by one task on the executor's one pipeline ({@link PartitionTask}), then the manifest written
 * last ({@link QuadsManifest}), so {@code claimtrace load} can take the folder. The article graphs
 * are those {@code claimtrace annotate} writes for the same inputs.
 */
public final class AnnotateJob {
    private AnnotateJob() {}

    /** What the job wrote, and the notes on articles (sentences cut) for the user. */
    public record Outcome(QuadsManifest manifest, List<String> notes) {}

    /** Runs the job on {@code spark}; a user's mistake (an output folder in use) is an {@link IllegalArgumentException}. */
    public static Outcome run(SparkSession spark, JobSettings settings) throws IOException {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = sc.hadoopConfiguration();
        Path out = new Path(settings.out());
        FileSystem fs = out.getFileSystem(conf);
        if (fs.exists(out) && (!fs.getFileStatus(out).isDirectory() || fs.listStatus(out).length > 0)) {
            throw new IllegalArgumentException("--out " + out + " exists and is not an empty folder; give a new one");
        }
        fs.mkdirs(out);
        InputListing inputs = InputListing.of(settings.inputs(), conf, ExecutorPipeline.reader(settings));
        int minimum = 2 * sc.defaultParallelism();
        JavaRDD<WorkItem> work = files(sc, inputs, settings, minimum);
        if (!inputs.parquet().isEmpty()) {
            int partitions = (int) Math.max(minimum, divideUp(inputs.parquetBytes(), settings.partitionBytes()));
            work = work.union(ParquetRows.of(spark, inputs.parquet()).repartition(partitions));
        }
        List<PartResult> parts = new ArrayList<>(work.mapPartitionsWithIndex(new PartitionTask(settings, HadoopConf.of(conf)), false)
                .collect());
        parts.sort(Comparator.comparingInt(PartResult::partition));
        List<Skipped> skipped = new ArrayList<>(inputs.skipped());
        List<QuadsManifest.Part> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PartResult p : parts) {
            if (p.file() != null) files.add(new QuadsManifest.Part(p.file(), p.articles(), p.quads()));
            skipped.addAll(p.skipped());
            notes.addAll(p.notes());
        }
        QuadsManifest manifest = QuadsManifest.of(settings.version(), settings.base(), files, skipped);
        fs.delete(new Path(out, PartitionTask.TEMPORARY), true);
        try (OutputStream os = fs.create(new Path(out, QuadsManifest.FILE), true)) {
            manifest.write(os);
        }
        return new Outcome(manifest, notes);
    }

    /** Whole files, in groups of about {@code partitionBytes}, at least {@code minimum} groups (one file a group at most). */
    private static JavaRDD<WorkItem> files(JavaSparkContext sc, InputListing inputs, JobSettings settings, int minimum) {
        long bytes = inputs.files().stream().mapToLong(WorkItem.File::size).sum();
        int partitions = (int) Math.max(minimum, divideUp(bytes, settings.partitionBytes()));
        List<List<WorkItem>> groups = InputListing.groups(inputs.files(), partitions);
        // One group a slice: parallelize splits a list of n elements into n slices of one.
        return sc.parallelize(groups, Math.max(1, groups.size())).flatMap(List::iterator);
    }

    private static long divideUp(long a, long b) {
        return (a + b - 1) / b;
    }
}
