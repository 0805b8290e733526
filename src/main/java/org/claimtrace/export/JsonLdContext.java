package org.claimtrace.export;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON-LD context claimtrace ships as ontology/context.jsonld: the ontology's prefixes plus
 * short terms (label, claimedBy, evidence, beginIndex...) with their value types, so a
 * linked-data user can read exports as plain JSON and reuse the same context for their own data.
 */
public final class JsonLdContext {
    static final String RESOURCE = "/ontology/context.jsonld";

    private JsonLdContext() {}

    /** The whole context document ({"@context": {...}}), from the classpath. */
    public static JsonObject document() {
        try (InputStream in = JsonLdContext.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            try (JsonReader r = Json.createReader(in)) {
                return r.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
