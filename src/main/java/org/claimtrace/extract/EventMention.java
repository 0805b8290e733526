package org.claimtrace.extract;

import org.claimtrace.annotate.Mention;

/**
 * A mention of an attack or incident: its kind ("attack", "bombing", "cyberattack") and, where
 * the phrase or its sentence names it, its place.
 *
 * @param place the place mention, or null
 */
public record EventMention(String kind, Mention place, int sentence, Span span) {}
