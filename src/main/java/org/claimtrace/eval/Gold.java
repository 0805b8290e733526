package org.claimtrace.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A gold file in the format of seeds-gold.json: identities (id, type, aliases) and, per document
 * file name, the entities, claims, attributions and reports it states.
 */
public record Gold(Map<String, String> typeOf, Map<String, List<String>> idsByAlias, Map<String, Doc> docs) {

    /** What one document states, as identity ids. */
    public record Doc(List<String> entities, List<String> claimants, List<List<String>> attributions, List<String> reporters) {}

    public static Gold load(Path file) throws IOException {
        JsonObject root = JSON.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, String> typeOf = new HashMap<>();
        Map<String, List<String>> byAlias = new HashMap<>();
        for (JsonValue v : root.get("identities").getAsArray()) {
            JsonObject o = v.getAsObject();
            String id = o.get("id").getAsString().value();
            typeOf.put(id, o.get("type").getAsString().value());
            index(byAlias, id, id);
            for (JsonValue a : o.get("aliases").getAsArray()) index(byAlias, a.getAsString().value(), id);
        }
        Map<String, Doc> docs = new LinkedHashMap<>();
        JsonObject d = root.get("documents").getAsObject();
        for (String name : d.keys()) {
            JsonObject o = d.get(name).getAsObject();
            List<String> claimants = new ArrayList<>();
            for (JsonValue c : array(o, "claims")) claimants.add(str(c, "claimant"));
            List<List<String>> attributions = new ArrayList<>();
            for (JsonValue a : array(o, "attributions")) attributions.add(List.of(str(a, "attributor"), str(a, "attributed_to")));
            List<String> reporters = new ArrayList<>();
            for (JsonValue r : array(o, "reports")) reporters.add(str(r, "reporter"));
            List<String> entities = new ArrayList<>();
            for (JsonValue e : array(o, "entities")) entities.add(e.getAsString().value());
            docs.put(name, new Doc(entities, claimants, attributions, reporters));
        }
        return new Gold(typeOf, byAlias, docs);
    }

    private static void index(Map<String, List<String>> byAlias, String alias, String id) {
        List<String> ids = byAlias.computeIfAbsent(norm(alias), k -> new ArrayList<>());
        if (!ids.contains(id)) ids.add(id);
    }

    /** Names compared case-insensitively, with curly apostrophes, spacing and a leading "the" set aside ("The Daily Star"). */
    public static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip().replaceFirst("^(the|a|an) ", "");
    }

    private static JsonArray array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || !v.isArray() ? new JsonArray() : v.getAsArray();
    }

    private static String str(JsonValue o, String key) {
        JsonValue v = o.getAsObject().get(key);
        return v == null || v.isNull() ? "(none)" : v.getAsString().value();
    }
}
