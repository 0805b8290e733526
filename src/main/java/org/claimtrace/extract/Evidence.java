package org.claimtrace.extract;

/**
 * Where a fact comes from: its sentence, the span of text that states it, the cue that
 * triggered the rule, the rule's id and how much the rule trusts the match.
 */
public record Evidence(int sentence, Span span, Span cue, String rule, double confidence) {}
