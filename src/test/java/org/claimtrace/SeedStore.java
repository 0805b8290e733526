package org.claimtrace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtrace.ingest.IngestReport;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.ingest.Progress;
import org.claimtrace.map.Iris;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.store.GraphStore;

/**
 * The shared test fixture: the CoreNLP pipeline (once per JVM, through {@link Pipelines}) and a
 * real TDB2 store in a temp folder with the seeds ingested once.
 */
public final class SeedStore {
    public static final Path SEEDS = Path.of("seeds");
    public static final Path SEEDS_GOLD = Path.of("src/test/resources/seeds-gold.json");
    public static final Path CORPUS = Path.of("src/test/resources/corpus");

    private static GraphStore store;
    private static IngestReport report;

    private SeedStore() {}

    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("claimtrace-seeds");
                store = GraphStore.open(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
                report = ingester().ingest(List.of(SEEDS), new ArticleReader(), store, false, Progress.NONE);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return store;
    }

    /** Opens the store again after a test closed it to run commands that open it themselves. */
    public static synchronized void reopen() {
        store = GraphStore.open(store.dir());
    }

    public static IngestReport firstReport() {
        store();
        return report;
    }

    private static void deleteTree(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    public static Ingester ingester() {
        return new Ingester(Pipelines.nlp(), Pipelines.extractor(), new Iris(Iris.DEFAULT_BASE), org.claimtrace.cli.Claimtrace.version());
    }
}
