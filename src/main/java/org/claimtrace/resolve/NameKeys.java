package org.claimtrace.resolve;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Name keys: the form of a name under which spelling variants meet. "Al-Bayan" and "Al Bayan",
 * "the Pentagon" and "Pentagon", "NLF's" and "NLF", "U.K." and "UK", "Senator John Carver"
 * and "John Carver" get one key.
 */
public final class NameKeys {
    private static final List<String> TITLES = loadTitles();

    private NameKeys() {}

    private static List<String> loadTitles() {
        return org.claimtrace.util.Resources.lines(NameKeys.class, "titles.txt").stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        s = s.replaceAll("'s?$", "");
        s = stripTitles(s);
        s = s.replaceAll("^the\\s+", "");
        s = s.replaceAll("(?<=\\p{L})\\.(?=\\p{L}|$)", "");
        s = s.replaceAll("[-_/–—]+", " ").replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
        // "Kenyan media outlets" and "Kenyan media" are one collective outlet.
        s = s.replaceAll(" media outlets$", " media");
        return s;
    }

    /** The name without a leading title: "Senator John Carver" to "John Carver". */
    public static String withoutTitle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int guard = 0; guard < 3; guard++) {
            boolean changed = false;
            for (String t : TITLES) {
                if (lower.startsWith(t + " ") && name.length() > t.length() + 1) {
                    name = name.substring(t.length() + 1).strip();
                    lower = name.toLowerCase(Locale.ROOT);
                    changed = true;
                    break;
                }
            }
            if (!changed) break;
        }
        return name;
    }

    private static String stripTitles(String lower) {
        return withoutTitle(lower);
    }

    /** A URL-safe slug of a key. */
    public static String slug(String key) {
        String s = key.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    /** Initials of the words that carry meaning: "National Liberation Front of Casamance" to "nlfc". */
    public static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (w.isEmpty()) continue;
            String lw = w.toLowerCase(Locale.ROOT);
            if (lw.equals("of") || lw.equals("and") || lw.equals("the") || lw.equals("for") || lw.equals("&")) continue;
            if (!Character.isLetter(w.charAt(0))) continue;
            b.append(Character.toLowerCase(w.charAt(0)));
        }
        return b.toString();
    }

    /** An acronym: 2 to 6 capitals (and digits), maybe with dots: "NLF", "FBI", "U.K.". */
    public static boolean isAcronym(String s) {
        String t = s.replace(".", "");
        return t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT)) && t.chars().anyMatch(Character::isLetter)
                && t.chars().allMatch(Character::isLetterOrDigit);
    }
}
