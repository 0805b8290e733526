package org.claimtrace.source;

/**
 * A stretch of the article text that carries metadata or page furniture rather than news text.
 * Offsets index the text exactly as given.
 *
 * @param kind  what it is: TITLE, BYLINE, DATE, PUBLISHER, DATELINE, PHOTO_CREDIT, FURNITURE
 * @param value the value read from it (a name, an ISO date), or the span's text
 */
public record MetaSpan(Kind kind, int begin, int end, String value) {
    public enum Kind { TITLE, BYLINE, DATE, PUBLISHER, DATELINE, PHOTO_CREDIT, FURNITURE }
}
