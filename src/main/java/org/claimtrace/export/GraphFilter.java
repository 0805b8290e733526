package org.claimtrace.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * What part of the property graph to export; every condition given must hold.
 * <ul>
 * <li>{@code event=IRI}: that event and its neighbours ({@code depth}, default 1);
 * <li>{@code entity=IRI}: that entity's neighbourhood, {@code depth} hops in either direction (default 1);
 * <li>{@code from=YYYY-MM-DD}, {@code to=YYYY-MM-DD}: only facts of articles published in that range
 *     (inclusive; undated articles are left out once a date is given);
 * <li>{@code min-sources=N}: only relations stated by at least N distinct articles.
 * </ul>
 * Written as {@code --where key=value[,key=value...]}, the option repeatable; an IRI that holds a
 * comma is written in angle brackets.
 */
public record GraphFilter(String event, String entity, int depth, LocalDate from, LocalDate to, int minSources) {
    public static final GraphFilter NONE = new GraphFilter(null, null, 1, null, null, 1);
    public static final String KEYS = "event, entity, depth, from, to, min-sources";

    /** The focus node (event or entity), or null. */
    String focus() {
        return event != null ? event : entity;
    }

    /**
     * Parses {@code key=value} conditions, each string a comma-separated list of them. Bad keys
     * and values give a one-line {@link IllegalArgumentException} naming the condition.
     */
    public static GraphFilter parse(List<String> where) {
        String event = null;
        String entity = null;
        Integer depth = null;
        LocalDate from = null;
        LocalDate to = null;
        int minSources = 1;
        for (String group : where) {
            for (String cond : conditions(group)) {
                String c = cond.strip();
                if (c.isEmpty()) continue;
                int eq = c.indexOf('=');
                if (eq <= 0) throw bad(c, "write key=value with key one of " + KEYS);
                String key = c.substring(0, eq).strip();
                String value = c.substring(eq + 1).strip();
                switch (key) {
                    case "event" -> event = iri(c, value);
                    case "entity" -> entity = iri(c, value);
                    case "depth" -> depth = number(c, value, 0);
                    case "from" -> from = date(c, value);
                    case "to" -> to = date(c, value);
                    case "min-sources" -> minSources = number(c, value, 1);
                    default -> throw bad(c, "unknown key '" + key + "'; use " + KEYS);
                }
            }
        }
        if (event != null && entity != null) throw new IllegalArgumentException(
                "--where: give event= or entity=, not both (the focus of a neighbourhood is one node)");
        if (depth != null && event == null && entity == null) throw new IllegalArgumentException(
                "--where depth=" + depth + ": depth needs an event= or entity= to count hops from");
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException(
                "--where from=" + from + " is after to=" + to);
        return new GraphFilter(event, entity, depth == null ? 1 : depth, from, to, minSources);
    }

    /** Splits at commas outside {@code <...>}, so an IRI written in angle brackets may hold a comma. */
    static List<String> conditions(String group) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inIri = false;
        for (char c : group.toCharArray()) {
            if (c == '<') inIri = true;
            if (c == '>') inIri = false;
            if (c == ',' && !inIri) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String iri(String cond, String v) {
        String s = v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v;
        if (!s.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$")) {
            throw bad(cond, "not an absolute IRI (see 'claimtrace query entities' for the IRIs)");
        }
        return s;
    }

    private static int number(String cond, String v, int min) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(cond, "give a whole number of at least " + min);
    }

    private static LocalDate date(String cond, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(cond, "give a date as YYYY-MM-DD");
        }
    }

    private static IllegalArgumentException bad(String cond, String why) {
        return new IllegalArgumentException("--where " + cond + ": " + why);
    }
}
