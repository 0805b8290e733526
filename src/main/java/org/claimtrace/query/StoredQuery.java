package org.claimtrace.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A stored query (queries/NAME.rq). Its header comment says what it answers: the first comment
 * line is the question, lines "# param NAME: ..." its parameters, "# columns: ..." its columns,
 * and "# scope: NAME ..." the parameters that scope a listing.
 *
 * <p>A listing (every mention, every statement, every fact in date order...) has one row per item
 * of the store: on a store of 10,000 articles that is a dump of 67,000 to 323,000 rows, which takes
 * seconds and answers no question. Such a query runs for one of its scope parameters (this
 * article, this entity), and over the whole store only when asked for all rows.
 */
public record StoredQuery(String name, String text, String question, List<String> params, String columns, List<String> scope) {

    public static StoredQuery parse(String name, String text) {
        String question = null;
        String columns = null;
        List<String> params = new ArrayList<>();
        List<String> scope = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) continue;
                break;
            }
            String c = l.replaceFirst("^#+\\s*", "");
            if (c.toLowerCase().startsWith("param ")) params.add(c.substring(6).strip());
            else if (c.toLowerCase().startsWith("columns:")) columns = c.substring(8).strip();
            else if (c.toLowerCase().startsWith("scope:")) scope.addAll(Arrays.stream(c.substring(6).split("[,\\s]+")).filter(s -> !s.isEmpty()).toList());
            else if (question == null && !c.isEmpty()) question = c;
        }
        StoredQuery q = new StoredQuery(name, text, question == null ? "" : question, List.copyOf(params), columns, List.copyOf(scope));
        for (String s : q.scope()) {
            if (!q.paramNames().contains(s)) throw new IllegalArgumentException("query " + name + ": scope names '" + s + "', which is no parameter");
        }
        return q;
    }

    /** Parameter names, without their descriptions. */
    public List<String> paramNames() {
        return params.stream().map(p -> p.split("[:\\s]", 2)[0]).toList();
    }

    /** What the header says of a parameter ("the event's IRI (default: ...)"), or "" when it has no such parameter. */
    public String description(String param) {
        for (String p : params) {
            String[] nameAndText = p.split("[:\\s]", 2);
            if (nameAndText[0].equals(param)) return nameAndText.length > 1 ? nameAndText[1].strip() : "";
        }
        return "";
    }

    /** True for a listing of every row of the store, which needs a scope parameter or a request for all rows. */
    public boolean isListing() {
        return !scope.isEmpty();
    }

    /**
     * Why a run with these parameters needs a scope, or empty when it may run: the query is no
     * listing, one of its scope parameters is given, or all rows were asked for.
     */
    public Optional<String> unscoped(Collection<String> given, boolean allRows) {
        if (!isListing() || allRows || given.stream().anyMatch(scope::contains)) return Optional.empty();
        return Optional.of("query " + name + " lists every row of the store unless it is given one of: " + String.join(", ", scope)
                + "; bind one, or ask for all rows (--all on the command line, all=true over HTTP)");
    }
}
