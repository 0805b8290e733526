package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimtrace.ingest.Ingester;
import org.claimtrace.ingest.Progress;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.FileGroups;
import org.claimtrace.source.Skipped;
import org.claimtrace.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large batch is read a group of files at a time, so its texts are never all in memory, and
 * resolved once after the last group: the store is the one a single read of the whole batch gives.
 */
class FileGroupsTest {
    @Test
    void filesAreGroupedInOrderUpToTheSizeAndALargerFileGoesAlone(@TempDir Path tmp) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int size : new int[] {40, 40, 30, 200, 10}) {
            Path f = tmp.resolve("f" + files.size() + ".txt");
            Files.writeString(f, "x".repeat(size));
            files.add(f);
        }
        List<List<Path>> groups = FileGroups.of(files, 100);
        assertEquals(List.of(files.subList(0, 2), files.subList(2, 3), files.subList(3, 4), files.subList(4, 5)), groups);
    }

    @Test
    void aBatchWrittenInPartsAndResolvedOnceIsTheStoreOfOneIngest(@TempDir Path tmp) throws Exception {
        ArticleReader reader = new ArticleReader();
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files = reader.files(List.of(SeedStore.SEEDS), skipped);
        Ingester ingester = SeedStore.ingester();
        try (GraphStore parts = GraphStore.open(tmp.resolve("parts"))) {
            for (List<Path> group : FileGroups.of(files, Files.size(files.get(0)) + Files.size(files.get(1)))) {
                var r = ingester.write(reader.read(group).articles(), List.of(), parts, new Ingester.Options(false, 2, 64), Progress.NONE);
                assertNull(r.resolution(), "a part is not resolved");
            }
            assertEquals(true, parts.resolutionPending());
            ingester.resolveIfPending(parts, Progress.NONE);
            TestQuads.assertSame(TestQuads.of(SeedStore.store().dataset().asDatasetGraph()), TestQuads.of(parts.dataset().asDatasetGraph()));
        }
    }
}
