package org.claimtrace.export;

/** An entity or event of the property graph: its IRI, label, type and how often the articles name it. */
public record GraphNode(String iri, String label, String type, long mentions, long articles) {}
