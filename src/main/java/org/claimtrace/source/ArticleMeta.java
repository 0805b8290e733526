package org.claimtrace.source;

import java.util.List;

/**
 * What an article says about itself. Every field may be null when the article does not state it.
 *
 * @param title     headline
 * @param authors   byline names, in order
 * @param published publication date as ISO-8601 (yyyy-MM-dd, or yyyy-MM-ddTHH:mm with an offset)
 * @param publisher the site or outlet that published it
 * @param url       where it was published
 */
public record ArticleMeta(String title, List<String> authors, String published, String publisher, String url) {
    public static final ArticleMeta EMPTY = new ArticleMeta(null, List.of(), null, null, null);

    public ArticleMeta {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /**
     * Metadata given beside the text (a JSON line's or a CSV row's fields), the date as written there
     * normalised to ISO-8601 (null when it is no date PublicationDates knows).
     */
    public static ArticleMeta given(String title, List<String> authors, String published, String publisher, String url) {
        return new ArticleMeta(title, authors, PublicationDates.normalise(published).orElse(null), publisher, url);
    }

    /** Fields of {@code this} win; the gaps are filled from {@code other}. */
    public ArticleMeta orElse(ArticleMeta other) {
        return new ArticleMeta(
                title != null ? title : other.title,
                !authors.isEmpty() ? authors : other.authors,
                published != null ? published : other.published,
                publisher != null ? publisher : other.publisher,
                url != null ? url : other.url);
    }
}
