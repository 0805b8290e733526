package org.claimtrace.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;

/**
 * The job's inputs, listed on the driver through Hadoop's file systems (HDFS, S3A, local...):
 * folders walked recursively, globs expanded. Files are taken and refused as
 * {@code claimtrace annotate} takes them ({@link ArticleReader#readsFile}, {@link
 * ArticleReader#refusal}); {@code .parquet} files go to Spark's Parquet reader; names starting
 * with '.' or '_' are Hadoop's hidden files ({@code _SUCCESS}, {@code .crc}) and left alone.
 */
record InputListing(List<WorkItem.File> files, List<String> parquet, long parquetBytes, List<Skipped> skipped) {

    static InputListing of(List<String> inputs, Configuration conf, ArticleReader reader) throws IOException {
        List<WorkItem.File> files = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        long[] parquetBytes = {0};
        List<Skipped> skipped = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched == null || matched.length == 0) {
                skipped.add(new Skipped(input, "no such file or folder"));
                continue;
            }
            for (FileStatus st : matched) {
                if (st.isDirectory()) {
                    RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                    while (it.hasNext()) {
                        LocatedFileStatus f = it.next();
                        if (hidden(st.getPath(), f.getPath())) continue;
                        String name = f.getPath().getName();
                        if (isParquet(name) || ArticleReader.readsFile(name)) take(f, reader, files, parquet, parquetBytes, skipped);
                    }
                } else {
                    take(st, reader, files, parquet, parquetBytes, skipped);
                }
            }
        }
        files.sort(Comparator.comparing(WorkItem.File::path));
        return new InputListing(files, parquet, parquetBytes[0], skipped);
    }

    private static void take(FileStatus f, ArticleReader reader, List<WorkItem.File> files, List<String> parquet, long[] parquetBytes,
                             List<Skipped> skipped) {
        String name = f.getPath().getName();
        String path = f.getPath().toString();
        if (isParquet(name)) {
            parquet.add(path);
            parquetBytes[0] += f.getLen();
            return;
        }
        Skipped refused = reader.refusal(name, path, f.getLen());
        if (refused != null) skipped.add(refused);
        else files.add(new WorkItem.File(path, name, f.getLen()));
    }

    static boolean isParquet(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    /** Whether a path under {@code root} has a hidden part ('.' or '_' first) below the root. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.depth() > root.depth(); p = p.getParent()) {
            String n = p.getName();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }

    /**
     * The files shared out among {@code partitions} groups of about equal bytes (largest file
     * first, each to the lightest group), so that the partitions' tasks take about as long and
     * the last ones end together.
     */
    static List<List<WorkItem>> groups(List<WorkItem.File> files, int partitions) {
        record Group(List<WorkItem> items, long[] bytes) {}
        PriorityQueue<Group> lightest = new PriorityQueue<>(Comparator.comparingLong((Group g) -> g.bytes()[0]));
        List<Group> all = new ArrayList<>();
        for (int i = 0; i < Math.min(partitions, files.size()); i++) {
            Group g = new Group(new ArrayList<>(), new long[1]);
            all.add(g);
            lightest.add(g);
        }
        files.stream().sorted(Comparator.comparingLong(WorkItem.File::size).reversed()).forEach(f -> {
            Group g = lightest.poll();
            g.items().add(f);
            g.bytes()[0] += f.size();
            lightest.add(g);
        });
        return all.stream().map(Group::items).toList();
    }
}
