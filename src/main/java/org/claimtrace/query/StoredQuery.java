package org.claimtrace.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A stored query (queries/NAME.rq). Its header comment says what it answers: the first comment
 * line is the question, lines "# param NAME: ..." its parameters, "# columns: ..." its columns.
 */
public record StoredQuery(String name, String text, String question, List<String> params, String columns) {

    public static StoredQuery parse(String name, String text) {
        String question = null;
        String columns = null;
        List<String> params = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (!l.startsWith("#")) {
                if (l.isEmpty()) continue;
                break;
            }
            String c = l.replaceFirst("^#+\\s*", "");
            if (c.toLowerCase().startsWith("param ")) params.add(c.substring(6).strip());
            else if (c.toLowerCase().startsWith("columns:")) columns = c.substring(8).strip();
            else if (question == null && !c.isEmpty()) question = c;
        }
        return new StoredQuery(name, text, question == null ? "" : question, List.copyOf(params), columns);
    }

    /** Parameter names, without their descriptions. */
    public List<String> paramNames() {
        return params.stream().map(p -> p.split("[:\\s]", 2)[0]).toList();
    }
}
