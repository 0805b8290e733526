package org.claimtrace.annotate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrace.source.Article;
import org.claimtrace.source.MetaSpan;

/**
 * The text CoreNLP reads, derived from the article text, with a map back to the original offsets.
 * Metadata and furniture spans are blanked (so bylines and "Most Read" never join a sentence),
 * hard-wrapped paragraphs are unwrapped, a dateline's dash or colon ends a line ("CAIRO (Reuters) -
 * The army said ..."), so the dateline is a sentence of its own and not the subject of the first
 * one, and a space is put between sentences glued by a scrape ("the region.The attack"). Every
 * offset claimtrace stores is mapped back with {@link #original}.
 */
public final class AnalysisText {
    /** "agency.The", "said.\u201dThe": a sentence end glued to the next sentence's capital. */
    private static final Pattern GLUED = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"\u201d\u2019)]?)(?=\\p{Lu}[\\p{L}-])");
    /**
     * The mark that ends a dateline (group 1, 2, 3 or 4): "CAIRO (Reuters) -", "Tokyo, April 18 (Jiji
     * Press)--", "New Delhi [India], May 3 (ANI):" (capitalised words, numbers and brackets before
     * the agency, so "Fighters of the Front (FLN) - ..." is no dateline), "NOWGAM:", "Abuja : At ...", and a city in
     * capitals with or without a date and no agency, "KABUL -- ", "MUMBAI, Sept 30: ", "SANAA, March
     * 15, 2011- " (a space must follow, so "ISIS-K" is no dateline); and a place and a date before the agency
     * with no mark at all, "Moscow, July 11 (IANS) The ..." (group 4, the space), or a stop first, "Seoul, Apr 18 (EFE).- ".
     */
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}.'-]*";
    private static final Pattern DATELINE_END = Pattern.compile(
            "(?m)^[ \\t]*(?:" + CAPITALISED + "(?:[ \\t,]+(?:" + CAPITALISED + "|\\d{1,4}|\\[[^\\]\\n]{1,30}\\]))*[ \\t]*"
            + "\\([^()\\n]{2,40}\\)\\.?[ \\t]*([-\u2013\u2014:])-?[ \\t]*"
            + "|\\p{Lu}[\\p{L}.'-]+(?:[ \\t]\\p{Lu}[\\p{L}.'-]+){0,2}[ \\t]*(:)[ \\t]+"
            + "|\\p{Lu}{3,}(?:[ \\t]\\p{Lu}{2,}){0,2}(?:,[^\\n()]{1,40}?)?[ \\t]*([-\u2013\u2014:])-?[ \\t]+"
            + "|" + CAPITALISED + "(?:[ \\t]+" + CAPITALISED + ")*,[ \\t]*(?:" + CAPITALISED + "[ \\t]+\\d{1,2}|\\d{1,2}[ \\t]+" + CAPITALISED + ")"
            + "[ \\t]*\\([^()\\n]{2,40}\\)([ \\t]))(?=\\p{Lu})");

    /** How far into an article datelines are looked for: pages repeat the dateline in a teaser and the lead. */
    private static final int DATELINE_REACH = 1500;

    private final String text;
    private final int[] origin;

    private AnalysisText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    public static AnalysisText of(Article article) {
        char[] chars = article.text().toCharArray();
        for (MetaSpan s : article.spans()) {
            if (s.kind() == MetaSpan.Kind.TITLE || s.kind() == MetaSpan.Kind.DATELINE) continue;
            for (int i = s.begin(); i < s.end(); i++) {
                if (chars[i] != '\n' && chars[i] != '\r') chars[i] = ' ';
            }
        }
        if (isHardWrapped(article.text())) unwrap(chars);
        Matcher d = DATELINE_END.matcher(new String(chars, 0, Math.min(chars.length, DATELINE_REACH)));
        while (d.find()) chars[datelineMark(d)] = '\n';
        String blanked = new String(chars);
        StringBuilder out = new StringBuilder(blanked.length() + 16);
        int[] map = new int[blanked.length() + 64];
        int n = 0;
        Matcher m = GLUED.matcher(blanked);
        int last = 0;
        while (m.find()) {
            for (int i = last; i < m.start(); i++) {
                map = grow(map, n);
                map[n++] = i;
                out.append(blanked.charAt(i));
            }
            map = grow(map, n);
            map[n++] = m.start();
            out.append(' ');
            last = m.start();
        }
        for (int i = last; i < blanked.length(); i++) {
            map = grow(map, n);
            map[n++] = i;
            out.append(blanked.charAt(i));
        }
        map = grow(map, n);
        map[n] = blanked.length();
        return new AnalysisText(out.toString(), java.util.Arrays.copyOf(map, n + 1));
    }

    private static int datelineMark(Matcher d) {
        for (int g = 1; g <= 4; g++) {
            if (d.start(g) >= 0) return d.start(g);
        }
        throw new IllegalStateException("a dateline without its mark");
    }

    public String text() {
        return text;
    }

    /** The offset in the article text of offset {@code i} of this text (inserted spaces map forward). */
    public int original(int i) {
        return origin[i];
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : java.util.Arrays.copyOf(a, a.length * 2);
    }

    /**
     * Most lines of 40 to 100 characters, in paragraphs of several lines: the text was wrapped
     * for display and a single line break is not a sentence break.
     */
    static boolean isHardWrapped(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.size() < 5) return false;
        long wrapped = lines.stream().filter(l -> l.length() >= 40 && l.length() <= 100).count();
        return wrapped >= 0.6 * lines.size() && text.lines().filter(String::isBlank).count() < lines.size() / 2;
    }

    /** Single line breaks inside a paragraph become spaces; blank lines stay paragraph breaks. */
    private static void unwrap(char[] c) {
        for (int i = 1; i < c.length - 1; i++) {
            if (c[i] == '\n' && c[i - 1] != '\n' && c[i + 1] != '\n' && !Character.isWhitespace(c[i + 1])) {
                char prev = c[i - 1] == '\r' ? (i >= 2 ? c[i - 2] : ' ') : c[i - 1];
                if (prev != '\n') c[i] = ' ';
            }
        }
    }
}
