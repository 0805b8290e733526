package org.claimtrace.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a plain-text article says about itself (headline, byline, date, site name, photo
 * credits, wire dateline) and marks page furniture, as spans over the text exactly as given.
 * It only looks at the head of the article for headline, byline and date, since that is where
 * scraped pages put them.
 */
final class TextMetadataReader {

    /** The result: metadata and the spans it came from. */
    record Result(ArticleMeta meta, List<MetaSpan> spans) {}

    private static final int HEAD_LINES = 12;
    private static final int SHORT_LINE = 160;
    private static final String NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|bin|al|da|del|la|le))*";
    private static final Pattern BYLINE = Pattern.compile(
            "(?i:written\\s+by|by|author|words\\s+by|reporting\\s+by)\\s*:?\\s+(" + NAME
                    + "(?:\\s*(?:,|\\band\\b|&)\\s*" + NAME + ")*)\\s*(?:[,|–—-].*)?");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i:photo|image|picture|photograph|credit|photo\\s+credit|image\\s+credit)s?\\s*:\\s*(" + NAME + ")(?:\\s*[/|,].*)?");
    /** "CAIRO (Reuters) -", "NAIROBI, May 3 (AFP) -": a wire dateline opening the body. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{Lu} .'-]{1,40}?)(?:,\\s*[\\p{L}. ]{2,30}?\\d{0,2})?\\s*\\(([^()]{2,40})\\)\\s*[-–—]+\\s*");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(?i)(?:date|published|posted|updated|last updated|on)\\s*:?\\s*$");

    private final FurnitureLexicon furniture;

    TextMetadataReader(FurnitureLexicon furniture) {
        this.furniture = furniture;
    }

    Result read(String text) {
        List<Line> lines = Line.split(text);
        List<MetaSpan> spans = new ArrayList<>();
        String title = null;
        String published = null;
        String publisher = null;
        List<String> authors = new ArrayList<>();

        // Furniture and photo credits, anywhere in the text.
        for (Line l : lines) {
            if (furniture.isFurnitureLine(l.text)) {
                spans.add(l.span(MetaSpan.Kind.FURNITURE, l.text.strip()));
                continue;
            }
            Matcher pc = PHOTO_CREDIT.matcher(l.text.strip());
            if (l.text.strip().length() < SHORT_LINE && pc.matches()) {
                spans.add(l.span(MetaSpan.Kind.PHOTO_CREDIT, pc.group(1).strip()));
            }
            for (Pattern p : furniture.inlinePatterns()) {
                Matcher m = p.matcher(l.text);
                while (m.find()) spans.add(new MetaSpan(MetaSpan.Kind.FURNITURE, l.begin + m.start(), l.begin + m.end(), m.group()));
            }
        }

        List<Line> head = new ArrayList<>();
        for (Line l : lines) {
            if (l.isBlank() || covered(spans, l)) continue;
            head.add(l);
            if (head.size() == HEAD_LINES) break;
        }

        // A headline printed twice (page title, then article title) marks the end of the masthead:
        // the short lines before it are the site's name and tagline.
        Map<String, Line> seen = new HashMap<>();
        int titleIndex = -1;
        for (int i = 0; i < head.size(); i++) {
            Line l = head.get(i);
            String key = l.text.strip();
            // a date line printed twice ("September 3, 2016 12:42 MYT") is no headline
            if (key.length() >= SHORT_LINE || PublicationDates.find(l.text).filter(d -> isStandaloneDate(l, d)).isPresent()) continue;
            Line first = seen.putIfAbsent(key, l);
            if (first != null) {
                title = key;
                spans.add(l.span(MetaSpan.Kind.FURNITURE, key));
                titleIndex = head.indexOf(first);
                break;
            }
        }
        if (titleIndex > 0 && looksLikeName(head.get(0).text.strip())) {
            Line site = head.get(0);
            publisher = site.text.strip();
            spans.add(site.span(MetaSpan.Kind.PUBLISHER, publisher));
            for (int i = 1; i < titleIndex; i++) {
                spans.add(head.get(i).span(MetaSpan.Kind.FURNITURE, head.get(i).text.strip()));
            }
        }

        for (int i = 0; i < head.size(); i++) {
            Line l = head.get(i);
            String s = l.text.strip();
            if (covered(spans, l)) continue;
            Matcher by = BYLINE.matcher(s);
            if (authors.isEmpty() && s.length() < SHORT_LINE && by.matches()) {
                for (String name : by.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
                    if (!name.isBlank()) authors.add(name.strip());
                }
                spans.add(l.span(MetaSpan.Kind.BYLINE, String.join(", ", authors)));
                continue;
            }
            if (published == null) {
                Optional<PublicationDates.Found> d = PublicationDates.find(l.text);
                if (d.isPresent() && isStandaloneDate(l, d.get())) {
                    published = d.get().iso();
                    if (s.length() <= 40) {
                        spans.add(l.span(MetaSpan.Kind.DATE, published));
                    } else {
                        int begin = labelStart(l.text, d.get().begin());
                        spans.add(new MetaSpan(MetaSpan.Kind.DATE, l.begin + begin, l.begin + d.get().end(), published));
                    }
                    continue;
                }
            }
            if (title == null && titleIndex < 0 && i == 0 && looksLikeHeadline(s)) {
                title = s;
                spans.add(l.span(MetaSpan.Kind.TITLE, s));
            }
        }

        // A wire dateline opens the first body line: "CAIRO (Reuters) -".
        for (Line l : lines) {
            if (l.isBlank() || covered(spans, l)) continue;
            Matcher m = DATELINE.matcher(l.text);
            if (m.find() && l.text.length() > m.end() + 20) {
                spans.add(new MetaSpan(MetaSpan.Kind.DATELINE, l.begin + m.start(2), l.begin + m.end(2), m.group(2).strip()));
                break;
            }
            if (l.text.strip().length() > SHORT_LINE) break;
        }
        return new Result(new ArticleMeta(title, authors, published, publisher, null), spans);
    }

    /** A date stands alone when its line is short or it opens the line (after an optional label). */
    private static boolean isStandaloneDate(Line l, PublicationDates.Found d) {
        if (l.text.strip().length() <= 60) return true;
        int begin = labelStart(l.text, d.begin());
        return l.text.substring(0, begin).isBlank();
    }

    private static int labelStart(String line, int dateBegin) {
        Matcher m = DATE_LABEL.matcher(line.substring(0, dateBegin));
        return m.find() ? m.start() : dateBegin;
    }

    /** A site's name, not a sentence: a few words, each capitalised but for short ones ("The Times of X"). */
    private static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 6) return false;
        for (String w : words) if (w.length() > 3 && Character.isLowerCase(w.codePointAt(0))) return false;
        return true;
    }

    private static boolean looksLikeHeadline(String s) {
        if (s.length() > SHORT_LINE || s.length() < 8) return false;
        if (s.endsWith(".") && !s.endsWith("...")) return false;
        return s.split("\\s+").length >= 3 && Character.isUpperCase(s.codePointAt(0));
    }

    private static boolean covered(List<MetaSpan> spans, Line l) {
        for (MetaSpan s : spans) {
            if (s.begin() <= l.begin + leading(l.text) && s.end() >= l.end - trailing(l.text)) return true;
        }
        return false;
    }

    private static int leading(String s) {
        return s.length() - s.stripLeading().length();
    }

    private static int trailing(String s) {
        return s.length() - s.stripTrailing().length();
    }

    /** One line of the text and where it stands (end excludes the line break). */
    private record Line(int begin, int end, String text) {
        static List<Line> split(String text) {
            List<Line> out = new ArrayList<>();
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                    out.add(new Line(start, end, text.substring(start, end)));
                    start = i + 1;
                }
            }
            return out;
        }

        boolean isBlank() {
            return text.isBlank();
        }

        /** The span of the line's text without surrounding blanks. */
        MetaSpan span(MetaSpan.Kind kind, String value) {
            return new MetaSpan(kind, begin + leading(text), end - trailing(text), value);
        }
    }
}
