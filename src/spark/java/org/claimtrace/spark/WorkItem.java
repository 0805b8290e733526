package org.claimtrace.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;

/**
 * What a task reads its articles from: a file of a kind claimtrace reads (text, HTML, JSON Lines,
 * CSV), opened on the executor, or a Parquet row already read by Spark. Plain strings, so they
 * travel between JVMs.
 */
sealed interface WorkItem extends Serializable {

    /** The articles of the item, read as {@code claimtrace annotate} reads a file or a JSON line. */
    ArticleReader.Batch read(ArticleReader reader, Configuration conf);

    /** Its size in bytes, for sharing files out among partitions. */
    long size();

    /** A whole file, read on the executor through its Hadoop file system. */
    record File(String path, String name, long size) implements WorkItem {
        @Override
        public ArticleReader.Batch read(ArticleReader reader, Configuration conf) {
            Path p = new Path(path);
            try (InputStream in = p.getFileSystem(conf).open(p)) {
                return reader.read(name, path, in.readAllBytes());
            } catch (IOException e) {
                return new ArticleReader.Batch(List.of(), List.of(new Skipped(path, "cannot read (" + e.getMessage() + ")")));
            }
        }
    }

    /** A Parquet row: the fields of a JSON line, named {@code file.parquet#ROW} (rows counted from 1). */
    record Row(String sourceName, String text, String title, List<String> authors, String published, String publisher, String url)
            implements WorkItem {
        public Row {
            authors = authors == null ? List.of() : List.copyOf(authors);
        }

        @Override
        public ArticleReader.Batch read(ArticleReader reader, Configuration conf) {
            return reader.record(sourceName, text, title, authors, published, publisher, url);
        }

        @Override
        public long size() {
            return text == null ? 0 : text.length();
        }
    }
}
