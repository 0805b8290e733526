package org.claimtrace.extract;

/** A stretch of the article text as given, with its characters. */
public record Span(int begin, int end, String text) {}
