package org.claimtrace.source;

import java.util.List;

/**
 * One article as read from its source.
 *
 * @param id         SHA-256 (hex) of the normalised text: the same article always gets the same id
 * @param sourceName where it came from: a file name, or {@code file.jsonl#line} for JSON Lines
 * @param text       the article text exactly as given; every offset in claimtrace indexes this string
 * @param meta       metadata found in the text or given beside it
 * @param spans      stretches of {@code text} that are metadata or page furniture, not news text
 */
public record Article(String id, String sourceName, String text, ArticleMeta meta, List<MetaSpan> spans) {
    public Article {
        spans = List.copyOf(spans);
    }
}
