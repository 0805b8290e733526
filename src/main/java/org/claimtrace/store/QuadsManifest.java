package org.claimtrace.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.claimtrace.source.Skipped;

/**
 * What a folder of article graphs as N-Quads holds ({@value #FILE} beside the files): the files
 * with their articles and quads, and the inputs that were skipped with their reasons. Written last
 * by {@code claimtrace annotate} and by the Spark job, so a folder with a manifest is complete;
 * {@code claimtrace load} reads it to refuse a folder whose files are not all there (a partial
 * copy from a cluster's file system would otherwise load without a word).
 *
 * @param base the base IRI the graphs were made with (the store's must be the same)
 */
public record QuadsManifest(String version, String base, long articles, long quads, List<Part> files, List<Skipped> skipped) {
    public static final String FILE = "manifest.json";

    /** One file of the folder: its name (no folder), its articles and quads. */
    public record Part(String name, long articles, long quads) {}

    public QuadsManifest {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** The manifest of these parts: the totals are theirs. */
    public static QuadsManifest of(String version, String base, List<Part> files, List<Skipped> skipped) {
        return new QuadsManifest(version, base, files.stream().mapToLong(Part::articles).sum(),
                files.stream().mapToLong(Part::quads).sum(), files, skipped);
    }

    public void write(OutputStream out) {
        JsonObject o = new JsonObject();
        o.put("tool", "claimtrace");
        o.put("version", version);
        o.put("base", base);
        o.put("articles", articles);
        o.put("quads", quads);
        JsonArray parts = new JsonArray();
        for (Part p : files) {
            JsonObject j = new JsonObject();
            j.put("name", p.name());
            j.put("articles", p.articles());
            j.put("quads", p.quads());
            parts.add(j);
        }
        o.put("files", parts);
        JsonArray skips = new JsonArray();
        for (Skipped s : skipped) {
            JsonObject j = new JsonObject();
            j.put("input", s.where());
            j.put("reason", s.reason());
            skips.add(j);
        }
        o.put("skipped", skips);
        JSON.write(out, o);
    }

    /** The manifest of {@code dir}, or null when it has none. */
    public static QuadsManifest readIn(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException | JsonException | ClassCastException | NullPointerException e) {
            throw new StoreException("cannot read " + file + " (" + e.getMessage() + "); is it a claimtrace manifest?", e);
        }
    }

    public static QuadsManifest read(InputStream in) {
        JsonObject o = JSON.parse(in);
        List<Part> files = new ArrayList<>();
        for (JsonValue v : o.get("files").getAsArray()) {
            JsonObject j = v.getAsObject();
            files.add(new Part(string(j, "name"), number(j, "articles"), number(j, "quads")));
        }
        List<Skipped> skipped = new ArrayList<>();
        for (JsonValue v : o.get("skipped").getAsArray()) {
            JsonObject j = v.getAsObject();
            skipped.add(new Skipped(string(j, "input"), string(j, "reason")));
        }
        return new QuadsManifest(string(o, "version"), string(o, "base"), number(o, "articles"), number(o, "quads"), files, skipped);
    }

    /** The files the manifest names that are not in {@code dir}. */
    public List<String> missingIn(Path dir) {
        return files.stream().map(Part::name).filter(n -> !Files.isRegularFile(dir.resolve(n))).toList();
    }

    private static String string(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    private static long number(JsonObject o, String key) {
        return o.get(key).getAsNumber().value().longValue();
    }
}
