package org.claimtrace.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parties a text describes rather than names: "military officials", "local media", "security
 * sources", "the Army". They take part in facts (a claimant, an attributor, a reporter) but are no
 * named entity, so the graph marks them (ct:DescribedParty) and the entities listing leaves them
 * out. Decided from a mention's text and how it was found, so the resolver can decide it again
 * from what the store keeps (ct:typedBy and the mention's text).
 */
public final class DescribedParty {
    private DescribedParty() {}

    private static final Set<String> ROLE_ONLY = new HashSet<>(section("role-only"));

    static List<String> section(String name) {
        List<String> out = new java.util.ArrayList<>();
        boolean in = false;
        for (String raw : org.claimtrace.util.Resources.lines(DescribedParty.class, "name-context.txt")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                in = line.equals("[" + name + "]");
                continue;
            }
            if (in) out.add(line);
        }
        return out;
    }

    /**
     * True for a phrase the rules found around a lower-case word ("Indian officials", "local
     * media", "radical Islamists"), a nation's collective outlets ("Kenyan media"), words without a
     * capital ("the interior ministry") and a name made only of role words ("Army", "the Government").
     *
     * @param typedBy how the mention was found (ct:typedBy: "argument-phrase", "ner", ...)
     */
    public static boolean is(String text, String typedBy) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        // "the interior ministry": a name is written with capitals.
        if (typedBy.startsWith("outlet-context:collective") || t.chars().noneMatch(Character::isUpperCase)) return true;
        String[] words = t.split("\\s+");
        String last = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        String first = words[0].replaceAll("[^\\p{L}]", "");
        if (typedBy.startsWith("argument-phrase") && (lowerCase(first) || lowerCase(last))) return true;
        for (String w : words) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (!lw.equals("the") && !ROLE_ONLY.contains(lw)) return false;
        }
        return true;
    }

    private static boolean lowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !word.equals("al");
    }
}
