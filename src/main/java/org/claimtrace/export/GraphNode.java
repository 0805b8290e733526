package org.claimtrace.export;

/**
 * An entity or event of the property graph: its IRI, label, type and how often the articles name
 * it; whether the text only describes it ("military officials"), and its owl:sameAs links
 * (space-separated IRIs, empty when none).
 */
public record GraphNode(String iri, String label, String type, long mentions, long articles, boolean described, String sameAs) {
    public GraphNode(String iri, String label, String type, long mentions, long articles) {
        this(iri, label, type, mentions, articles, false, "");
    }
}
