package org.claimtrace.map;

import java.util.Objects;
import org.claimtrace.resolve.NameKeys;

/**
 * Deterministic IRIs under a configurable base: the same input always gives the same IRIs.
 * An article's IRI is also the name of its graph.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://claimtrace.org/id/";
    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*[/#]$")) {
            throw new IllegalArgumentException("base IRI must be absolute and end with / or #: " + base);
        }
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String article(String articleId) {
        return base + "article/" + articleId;
    }

    /** The article id back from an article IRI, or null when the IRI is not one of ours. */
    public String articleId(String iri) {
        String prefix = base + "article/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : null;
    }

    public String sentence(String articleId, int index) {
        return article(articleId) + "#sentence-" + index;
    }

    public String mention(String articleId, int begin, int end) {
        return article(articleId) + "#mention-" + begin + "-" + end;
    }

    public String fact(String articleId, String kind, int begin, int end, int n) {
        return article(articleId) + "#" + kind + "-" + begin + "-" + end + (n > 0 ? "-" + n : "");
    }

    public String ingest(String articleId) {
        return article(articleId) + "#ingest";
    }

    public String entity(String nameKey) {
        return base + "entity/" + NameKeys.slug(nameKey);
    }

    public String event(String slug) {
        return base + "event/" + slug;
    }

    public String agent(String version) {
        return base + "agent/claimtrace-" + version;
    }
}
