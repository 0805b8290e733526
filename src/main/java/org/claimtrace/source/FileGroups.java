package org.claimtrace.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Input files in consecutive groups of at most {@link #MAX_BYTES} together, so that a batch's texts
 * are never all in memory at once: however many files a folder holds, an ingest holds one group's
 * texts (and the articles being annotated), not the whole batch's.
 */
public final class FileGroups {
    /** About 128 MB of files: some 25,000 news articles, and at most a few hundred MB of heap as text. */
    public static final long MAX_BYTES = 128L << 20;

    private FileGroups() {}

    public static List<List<Path>> of(List<Path> files, long maxBytes) {
        List<List<Path>> out = new ArrayList<>();
        List<Path> group = new ArrayList<>();
        long size = 0;
        for (Path f : files) {
            long bytes = sizeOf(f);
            if (!group.isEmpty() && size + bytes > maxBytes) {
                out.add(group);
                group = new ArrayList<>();
                size = 0;
            }
            group.add(f);
            size += bytes;
        }
        if (!group.isEmpty()) out.add(group);
        return out;
    }

    /** The file's size; 0 when it cannot be read (reading it will say why). */
    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
