package org.claimtrace.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The linked-data export formats. Turtle holds one graph: for the whole store it is the union of
 * the article graphs. TriG and N-Quads keep each article in its named graph. Turtle, TriG and
 * N-Quads are streamed; JSON-LD is compacted in memory against ontology/context.jsonld.
 */
public enum RdfFormat {
    TTL(Lang.TURTLE, RDFFormat.TURTLE_BLOCKS, false),
    TRIG(Lang.TRIG, RDFFormat.TRIG_BLOCKS, true),
    NQ(Lang.NQUADS, RDFFormat.NQUADS, true),
    JSONLD(Lang.JSONLD, null, true);

    private final Lang lang;
    private final RDFFormat streamFormat;
    private final boolean quads;

    RdfFormat(Lang lang, RDFFormat streamFormat, boolean quads) {
        this.lang = lang;
        this.streamFormat = streamFormat;
        this.quads = quads;
    }

    public Lang lang() {
        return lang;
    }

    /** The streaming writer's format, or null when the format is written from memory (JSON-LD). */
    RDFFormat streamFormat() {
        return streamFormat;
    }

    /** Whether the format keeps named graphs. */
    public boolean quads() {
        return quads;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named {@code name} (ttl, trig, nq, jsonld), or empty. */
    public static java.util.Optional<RdfFormat> find(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(RdfFormat::label).collect(Collectors.joining(", "));
    }
}
