package org.claimtrace.ingest;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/** One article's graph, and the notes on how it was made that the user should hear of (sentences cut). */
public record ArticleResult(Model graph, List<String> notes) {
    public ArticleResult {
        notes = List.copyOf(notes);
    }
}
