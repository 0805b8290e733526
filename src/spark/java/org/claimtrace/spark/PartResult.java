package org.claimtrace.spark;

import java.io.Serializable;
import java.util.List;
import org.claimtrace.source.Skipped;

/**
 * What one partition's task did: the file it wrote (null when it had no article), its articles
 * and quads, the inputs it skipped and the notes on articles (sentences cut).
 */
record PartResult(int partition, String file, long articles, long quads, List<Skipped> skipped, List<String> notes) implements Serializable {
    PartResult {
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
