package org.claimtrace.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.Skipped;
import org.claimtrace.util.Printable;

/**
 * One partition: reads its articles, builds each article's graph with the executor's pipeline
 * ({@link ExecutorPipeline}) as {@code claimtrace annotate} does, and writes the graphs as one
 * gzipped N-Quads file, {@code part-NNNNN.nq.gz}. The file is written under
 * {@code _temporary/ATTEMPT/} and renamed into place when complete, so a failed or duplicated
 * attempt never leaves a partial file among the parts.
 */
final class PartitionTask implements Function2<Integer, Iterator<WorkItem>, Iterator<PartResult>> {
    static final String TEMPORARY = "_temporary";

    private final JobSettings settings;
    private final HadoopConf hadoop;

    PartitionTask(JobSettings settings, HadoopConf hadoop) {
        this.settings = settings;
        this.hadoop = hadoop;
    }

    static String fileName(int partition) {
        return "part-%05d.nq.gz".formatted(partition);
    }

    @Override
    public Iterator<PartResult> call(Integer partition, Iterator<WorkItem> items) throws IOException {
        Configuration conf = hadoop.configuration();
        ArticleReader reader = ExecutorPipeline.reader(settings);
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        items.forEachRemaining(item -> {
            ArticleReader.Batch b = item.read(reader, conf);
            articles.addAll(b.articles());
            skipped.addAll(b.skipped());
        });
        Path out = new Path(settings.out());
        FileSystem fs = out.getFileSystem(conf);
        long attempt = TaskContext.get() == null ? 0 : TaskContext.get().taskAttemptId();
        Path tmp = new Path(out, TEMPORARY + "/" + attempt + "/" + fileName(partition));
        long[] counts = {0, 0};
        List<String> notes = new ArrayList<>();
        try (OutputStream os = new GZIPOutputStream(fs.create(tmp, true), 1 << 16)) {
            StreamRDF quads = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS_UTF8);
            quads.start();
            Ingester ingester = ExecutorPipeline.ingester(settings);
            ingester.graphs(articles, 1, Duration.ofSeconds(settings.timeoutSeconds()), (article, result) -> {
                Node graph = NodeFactory.createURI(ingester.iris().article(article.id()));
                result.graph().getGraph().find().forEachRemaining(t -> {
                    quads.quad(Quad.create(graph, t));
                    counts[1]++;
                });
                counts[0]++;
                for (String note : result.notes()) notes.add(Printable.of(article.sourceName()) + ": " + note);
            }, skipped);
            quads.finish();
        }
        String file = null;
        if (counts[0] == 0) {
            fs.delete(tmp, false);
        } else {
            file = fileName(partition);
            Path done = new Path(out, file);
            // A speculative or retried attempt of this partition may have renamed its own copy first: the same graphs.
            if (!fs.rename(tmp, done) && !fs.exists(done)) throw new UncheckedIOException(new IOException("cannot rename " + tmp + " to " + done));
            fs.delete(tmp, false);
        }
        return List.of(new PartResult(partition, file, counts[0], counts[1], skipped, notes)).iterator();
    }
}
