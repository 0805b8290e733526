package org.claimtrace.store;

import java.util.List;
import org.claimtrace.map.Iris;

/**
 * Finds one article's graph from what a user types: its IRI, its id (SHA-256) or a unique id
 * prefix, or its source file name. Shared by the commands that act on one article (remove, export).
 */
public final class ArticleLookup {
    private ArticleLookup() {}

    /** The article's graph name; a one-line {@link IllegalArgumentException} when none or several match. */
    public static String find(ArticleStore gs, Iris iris, String doc) {
        List<String> names = gs.graphNames();
        if (names.contains(doc)) return doc;
        List<String> byId = names.stream().filter(n -> {
            String id = iris.articleId(n);
            return id != null && id.startsWith(doc);
        }).toList();
        if (byId.size() == 1) return byId.getFirst();
        if (byId.size() > 1) throw new IllegalArgumentException("'" + doc + "' matches " + byId.size() + " articles; give more of the id");
        List<String> bySource = gs.graphsWithSource(doc);
        if (bySource.size() == 1) return bySource.getFirst();
        if (bySource.size() > 1) throw new IllegalArgumentException("'" + doc + "' is the source of " + bySource.size() + " articles; give an id");
        throw new IllegalArgumentException("no article '" + doc + "' in " + gs.describe() + " (give an IRI, an id or a source file name)");
    }
}
