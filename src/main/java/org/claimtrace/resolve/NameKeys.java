package org.claimtrace.resolve;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name keys: the form of a name under which spelling variants meet. "Al-Bayan" and "Al Bayan",
 * "the Pentagon" and "Pentagon", "NLF's" and "NLF", "U.K." and "UK", "Senator John Carver"
 * and "John Carver" get one key.
 */
public final class NameKeys {
    /** Lower-case titles, each with the space that follows it, longest first. */
    private static final List<String> TITLES = loadTitles();

    private NameKeys() {}

    private static List<String> loadTitles() {
        return org.claimtrace.util.Resources.lines(NameKeys.class, "titles.txt").stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .sorted(Comparator.comparingInt(String::length).reversed()).map(t -> t + " ").toList();
    }

    // Compiled once: resolving a large store keys millions of names.
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern POSSESSIVE = Pattern.compile("'s?$");
    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern DOT_IN_WORD = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L}|$)");
    private static final Pattern DASHES = Pattern.compile("[-_/–—]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N} ]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MEDIA_OUTLETS = Pattern.compile(" media outlets$");
    private static final Pattern NOT_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
    private static final Pattern LABEL_POSSESSIVE = Pattern.compile("(?:'s|’s)$");

    public static String key(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = s.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = withoutTitle(s);
        s = LEADING_THE.matcher(s).replaceAll("");
        s = DOT_IN_WORD.matcher(s).replaceAll("");
        s = DASHES.matcher(s).replaceAll(" ");
        s = SPACES.matcher(NOT_WORD.matcher(s).replaceAll("")).replaceAll(" ").strip();
        // "Kenyan media outlets" and "Kenyan media" are one collective outlet.
        return MEDIA_OUTLETS.matcher(s).replaceAll(" media");
    }

    /** A name as a label shows it: without a possessive ending or a leading title ("Senator Carver's" to "Carver"). */
    public static String asLabel(String name) {
        return withoutTitle(LABEL_POSSESSIVE.matcher(name).replaceAll(""));
    }

    /** The name without a leading title: "Senator John Carver" to "John Carver". */
    public static String withoutTitle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (int guard = 0; guard < 3; guard++) {
            boolean changed = false;
            for (String t : TITLES) {
                if (lower.startsWith(t) && name.length() > t.length()) {
                    name = name.substring(t.length()).strip();
                    lower = name.toLowerCase(Locale.ROOT);
                    changed = true;
                    break;
                }
            }
            if (!changed) break;
        }
        return name;
    }

    /** A URL-safe slug of a key. */
    public static String slug(String key) {
        String s = EDGE_DASH.matcher(NOT_SLUG.matcher(key).replaceAll("-")).replaceAll("");
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
