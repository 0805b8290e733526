package org.claimtrace.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleReader;

/**
 * One claimtrace pipeline per executor JVM: built by the first task that needs it and shared by
 * every task the executor runs, at once (one per core) and after one another. Loading CoreNLP's
 * models takes seconds and hundreds of megabytes, so a pipeline per task or per partition would cost
 * more than the articles. {@link Pipelines} holds the models themselves, lazily, as it does for
 * the command line.
 */
final class ExecutorPipeline {
    private static final Map<String, Ingester> INGESTERS = new ConcurrentHashMap<>();
    private static final Map<Long, ArticleReader> READERS = new ConcurrentHashMap<>();

    private ExecutorPipeline() {}

    /** The JVM's ingester for this base IRI and version (a job has one of each). */
    static Ingester ingester(JobSettings s) {
        return INGESTERS.computeIfAbsent(s.base() + " " + s.version(),
                k -> new Ingester(Pipelines.nlp(), Pipelines.extractor(), new Iris(s.base()), s.version()));
    }

    static ArticleReader reader(JobSettings s) {
        return READERS.computeIfAbsent(s.maxBytes(), ArticleReader::new);
    }
}
