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
    /** "CAIRO (Reuters) -", "New Delhi [India], May 3 (ANI):", "NOWGAM:", "Abuja : At ...": the mark that ends a dateline (group 1 or 2). */
    private static final Pattern DATELINE_END = Pattern.compile(
            "(?m)^[ \\t]*(?:\\p{Lu}[^\\n]{0,80}?\\([^()\\n]{2,40}\\)[ \\t]*([-\u2013\u2014:])"
            + "|\\p{Lu}[\\p{L}.'-]+(?:[ \\t]\\p{Lu}[\\p{L}.'-]+){0,2}[ \\t]*(:))[ \\t]+(?=\\p{Lu})");

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
        Matcher d = DATELINE_END.matcher(new String(chars, 0, Math.min(chars.length, 1500)));
        if (d.find()) chars[d.start(1) >= 0 ? d.start(1) : d.start(2)] = '\n';
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
