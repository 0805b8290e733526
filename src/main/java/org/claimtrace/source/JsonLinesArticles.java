package org.claimtrace.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON Lines: one article per line, {@code {"text": ..., "title", "url", "published", "publisher",
 * "author"}} (author a string or an array of strings). A malformed line is skipped alone.
 */
final class JsonLinesArticles {
    private JsonLinesArticles() {}

    static void read(String name, String where, String content, ArticleReader reader,
                     List<Article> articles, List<Skipped> skipped) {
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String at = where + ":" + (i + 1);
            JsonObject obj;
            try {
                JsonValue v = JSON.parseAny(line);
                if (!v.isObject()) {
                    skipped.add(new Skipped(at, "malformed JSON line (not an object)"));
                    continue;
                }
                obj = v.getAsObject();
            } catch (JsonException | IllegalArgumentException e) {
                skipped.add(new Skipped(at, "malformed JSON line (" + firstLine(e.getMessage()) + ")"));
                continue;
            }
            JsonValue t = obj.get("text");
            String problem = t == null ? textProblem(null) : t.isString() ? textProblem(t.getAsString().value()) : "\"text\" is not a string";
            if (problem != null) {
                skipped.add(new Skipped(at, problem));
                continue;
            }
            String text = string(obj, "text");
            ArticleMeta given = ArticleMeta.given(string(obj, "title"), authors(obj), string(obj, "published"),
                    string(obj, "publisher"), string(obj, "url"));
            articles.add(reader.plainText(name + "#" + (i + 1), text, given));
        }
    }

    /** Why a record's "text" cannot be an article's text, or null when it can. */
    static String textProblem(String text) {
        if (text == null) return "no \"text\" field";
        if (text.isBlank()) return "\"text\" is empty";
        int nul = text.indexOf('\0');
        return nul >= 0 ? "\"text\" holds a NUL character (at " + nul + ")" : null;
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) return null;
        if (v.isString()) return v.getAsString().value();
        if (v.isNumber()) return v.getAsNumber().value().toString();
        return null;
    }

    private static List<String> authors(JsonObject o) {
        JsonValue v = o.get("author");
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isString()) out.add(v.getAsString().value());
        if (v.isArray()) {
            JsonArray a = v.getAsArray();
            for (JsonValue x : a) if (x.isString()) out.add(x.getAsString().value());
        }
        return out;
    }

    private static String firstLine(String s) {
        if (s == null) return "parse error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
