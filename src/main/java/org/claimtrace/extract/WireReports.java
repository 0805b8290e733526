package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.Fact.ReportKind;

/**
 * The article's wire: a news agency named in a dateline in its first lines ("CAIRO (Reuters) -",
 * "New Delhi [India], May 3 (ANI):", "CITY, March 4. /AGENCY/.") or in a credit line at its end
 * ("-- ANI", "(With inputs from PTI)", "Source: AFP", "Credit: X", "... (AP)", a last line "AFP", a
 * last paragraph ending "\u2013 Rappler.com"), or as the byline ("By ANI").
 * The wire published (or co-published) the story, so it reports every claim, attribution, denial
 * and statement in it: one report each, so that the reports and claim spread list it.
 */
final class WireReports {
    /**
     * A wire as named in the text, and how: "dateline", "credit" or "masthead" (a name alone on a
     * line of the head). A byline ("By X", "From X")
     * names a wire only when X is an outlet ({@code byline}): the annotator typed it so, or its
     * name says it (an acronym, "... Press", "... News Agency").
     */
    record Wire(String name, int begin, int end, String how, boolean byline) {}

    private static final int HEAD = 1200;
    private static final int TAIL = 600;
    /** "(Reuters) -", "(THE STAR/ASIA NEWS NETWORK) -": one wire, or several split by slashes. */
    private static final Pattern PARENTHESES = Pattern.compile("\\(([\\p{Lu}][\\p{L}.&'/ -]{0,40}?)\\)\\.?\\s*[-\u2013\u2014:]");
    /** "Moscow, July 11 (IANS) The ...", "Seoul, 18 April (EFE)": a place and a date before the wire, no dash after it. */
    static final Pattern DATED = Pattern.compile(
            "(?m)^[ \\t]*[\\p{Lu}][\\p{L}.' -]{1,30}, (?:[\\p{Lu}][\\p{L}]{2,8}\\.? \\d{1,2}|\\d{1,2} [\\p{Lu}][\\p{L}]{2,8}) \\(([\\p{Lu}][\\p{L}.&' -]{0,30}?)\\)");
    private static final Pattern SLASHES = Pattern.compile("/([\\p{Lu}][\\p{L}]{1,15})/");
    /** "By Reuters", "By The X 1 October 2021": a byline, "the" marking an outlet's name, a date after it. */
    private static final Pattern BYLINE = Pattern.compile("(?m)^[ \\t]*(?:By|From)[ \\t]+([Tt]he[ \\t]+)?([\\p{Lu}][\\p{L}.&'-]*(?:[ \\t][\\p{Lu}][\\p{L}.&'-]*){0,3})"
            + "(?:,?[ \\t]+(?:\\d{1,2} [\\p{Lu}][\\p{L}]+,? \\d{4}|[\\p{Lu}][\\p{L}]+\\.? \\d{1,2},? \\d{4}))?[ \\t]*$");
    /**
     * A masthead line in the head: "\u2022 X", "- The X Times - Wednesday, November 15, 2017"
     * (a bullet or dash before the name), "The X Post :" ("the" before it and a colon after it, unlike a
     * dateline's "QUETTA:"). A credit when the name is an outlet's.
     */
    private static final Pattern MASTHEAD = Pattern.compile("(?m)^[ \\t]*(?:[\u2022\u00b7\u2013\u2014-][ \\t]*(?:[Tt]he[ \\t]+)?("
            + "[\\p{Lu}][\\p{L}.&'-]*(?:[ \\t][\\p{Lu}][\\p{L}.&'-]*){0,3})[ \\t]*(?:[\u2022\u00b7\u2013\u2014-][^\\n]*)?"
            + "|[Tt]he[ \\t]+([\\p{Lu}][\\p{L}.&'-]*(?:[ \\t][\\p{Lu}][\\p{L}.&'-]*){0,3})[ \\t]*:)[ \\t]*$");
    /**
     * A line of the head holding a name alone, perhaps with a date or a bar after it ("AFP",
     * "ASSOCIATED PRESS", "AFP |", "Xinhua, March 15, 2016"): a credit when the annotator typed the
     * name an outlet's or the name says it; a colon or dash after it would make it a dateline's place.
     */
    private static final Pattern LONE_HEAD_NAME = Pattern.compile("[ \\t]*(?:The[ \\t]+)?(?!(?:By|From)\\b)(\\p{Lu}[\\p{L}.&'-]*(?:[ \\t]+\\p{Lu}[\\p{L}.&'-]*){0,3})[ \\t]*"
            + "(?:\\|[^\\n]{0,60}|,[ \\t]*(?:\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} \\p{Lu}\\p{Ll}{2,8},? \\d{4})[^\\n]{0,40})?");
    private static final int BODY_WORDS = 12;
    private static final int TITLE_WORDS = 24;
    /** A page title's site after its headline: "Blast kills ten, officials say\u2014The Guardian", "Blast kills ten | X News". */
    private static final Pattern TITLE_SITE = Pattern.compile(
            "[^\\n]{10,}?(?:[ \\t][-\u2013\u2014|][ \\t]|[\u2013\u2014])[ \\t]*(?:The[ \\t]+)?(\\p{Lu}[\\p{L}.&'-]*(?:[ \\t]\\p{Lu}[\\p{L}.&'-]*){0,3})[ \\t]*");
    private static final Pattern DASH_CREDIT = Pattern.compile("(?m)^[ \\t]*(?:--|\u2014|\u2013|-)[ \\t]*([\\p{Lu}][\\p{L}]{1,20}(?: [\\p{Lu}][\\p{L}]+){0,3}(?:-[\\p{Lu}]{2,6})?)[ \\t]*$");
    private static final Pattern INPUTS = Pattern.compile("(?i:with (?:agency )?inputs? from|additional reporting by)[ \\t]+([\\p{Lu}][\\p{L}]{1,20}(?: [\\p{Lu}][\\p{L}]+){0,3})");
    /** "Source: AFP", "Sources: AFP, X", "(source: Reuters)", "Credit: Decrypt (Text Excluding Headline)", "Courtesy: X". */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?m)^[ \\t]*\\(?(?i:source|credit|courtesy)s?:[ \\t]*([\\p{Lu}][\\p{L}.&' ,/-]{1,40}?)[ \\t.]*(?:\\([^()\\n]*\\)[ \\t.]*)?\\)?[ \\t.]*$");
    /** The article's last line an agency's acronym alone: "AFP". */
    private static final Pattern LONE_ACRONYM = Pattern.compile("(?:^|\\n)[ \\t]*([\\p{Lu}]{2,6})[ \\t]*$");
    /** The article's last line a name alone: "Bloomberg", "Asia News Network". */
    private static final Pattern LONE_NAME = Pattern.compile("\\n[ \\t]*(\\p{Lu}[\\p{L}.&'-]+(?:[ /]\\p{Lu}[\\p{L}.&'-]+){0,3})[ \\t]*$");
    /** The last paragraph signed off by a dash and an outlet: "... calling it disinformation. \u2013 Rappler.com". */
    private static final Pattern END_DASH = Pattern.compile("[.\"\u201d][ \\t]+(?:--|\u2014|\u2013|-)[ \\t]*([\\p{Lu}][\\p{L}]{1,20}(?:-[\\p{Lu}]{2,6})?)(?:\\.com)?[ \\t]*$");
    /** "... last November. (AP)", "(dpa)": an agency's acronym closing the text, as some wires write it. */
    private static final Pattern CLOSING = Pattern.compile("\\(([\\p{Lu}]{2,8}|[\\p{Ll}]{2,4})\\)[ \\t]*$");
    /** "... in 2013.(Al Jazeera)", "(Reuters)": a name closing the text, a credit when it is an outlet's. */
    private static final Pattern CLOSING_NAME = Pattern.compile("\\((\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+){0,2})\\)[ \\t]*$");
    private static final Pattern NAME_PARTS = Pattern.compile("[^,/]+");
    /** "Sapa-AP": a wire and, after a hyphen, the acronym of the wire whose story it carries ("ABC-XYZ" in capitals is one name). */
    private static final Pattern CARRIED = Pattern.compile("(.*\\p{Ll}.*)-([\\p{Lu}]{2,6})");
    private static final Pattern END_SLASH = Pattern.compile("(?m)^[ \\t]*/([\\p{Lu}]{2,8})[ \\t]*$");
    private static final Set<String> NOT_A_WIRE = Set.of("photo", "photos", "file", "image", "images", "video", "update", "updated",
            "reporting", "editing", "writing", "agencies", "agency", "staff", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "am", "pm", "ist", "gmt", "utc", "est", "edt", "end", "ends", "sic");

    private WireReports() {}

    /** The wires the text names in its dateline and credit lines, each name once, in text order. */
    static List<Wire> find(String text) {
        Map<String, Wire> out = new LinkedHashMap<>();
        String head = text.substring(0, Math.min(text.length(), HEAD));
        for (Matcher m = PARENTHESES.matcher(head); m.find(); ) {
            if (startOfLine(text, m.start()) > 80) continue;
            int at = m.start(1);
            for (String part : m.group(1).split("/", -1)) {
                add(out, part, at + (part.length() - part.stripLeading().length()), "dateline", false);
                at += part.length() + 1;
            }
        }
        for (Matcher m = DATED.matcher(head); m.find(); ) add(out, m.group(1), m.start(1), "dateline", false);
        for (Matcher m = SLASHES.matcher(head); m.find(); ) {
            if (startOfLine(text, m.start()) <= 80) add(out, m.group(1), m.start(1), "dateline", false);
        }
        for (Matcher m = BYLINE.matcher(head); m.find(); ) add(out, m.group(2), m.start(2), "credit", m.group(1) == null);
        for (Matcher m = MASTHEAD.matcher(head); m.find(); ) {
            int g = m.group(1) != null ? 1 : 2;
            add(out, m.group(g), m.start(g), "credit", true);
        }
        for (Matcher m : mastheadLines(head)) add(out, m.group(1), m.start(1), "masthead", true);
        int titleStart = firstNonBlank(head);
        int titleEnd = lineEnd(head, titleStart);
        Matcher title = TITLE_SITE.matcher(head).region(titleStart, titleEnd);
        // a headline has lines after it and fewer words than a paragraph
        if (titleEnd < text.length() && words(head.substring(titleStart, titleEnd)) < TITLE_WORDS && title.matches()) {
            add(out, title.group(1), title.start(1), "credit", true);
        }
        int tailFrom = Math.max(0, text.length() - TAIL);
        String tail = text.substring(tailFrom);
        for (Pattern p : List.of(DASH_CREDIT, INPUTS, SOURCE_LINE, END_SLASH)) {
            for (Matcher m = p.matcher(tail); m.find(); ) addNames(out, m.group(1), tailFrom + m.start(1), "credit", false);
        }
        String body = text.stripTrailing();
        // "The X Star | April 1, 2012 | Article Link": the last line a name with bars after it
        int last = body.lastIndexOf('\n') + 1;
        Matcher closing = LONE_HEAD_NAME.matcher(body).region(last, body.length());
        if (closing.matches() && body.indexOf('|', last) > 0) add(out, closing.group(1), closing.start(1), "credit", true);
        for (Pattern p : List.of(CLOSING, LONE_ACRONYM, END_DASH)) {
            Matcher m = p.matcher(body);
            if (m.find()) addNames(out, m.group(1), m.start(1), "credit", false);
        }
        // a name alone on the last line ("Bloomberg", "Reuters/AFP") or closing it in parentheses ("(Reuters)"): a credit
        // when the name is an outlet's (checked as bylines are)
        for (Pattern p : List.of(LONE_NAME, CLOSING_NAME)) {
            Matcher m = p.matcher(body);
            // "X Today/Agencies": a name signed beside the agencies is an outlet's
            if (m.find()) addNames(out, m.group(1), m.start(1), "credit", !m.group(1).matches("(?i).*/\\s*agencies"));
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The lines between the headline (the first line) and the body (the first line of {@value
     * #BODY_WORDS} words or more) that hold a name alone: a site's name above the headline is its
     * masthead, not a wire's credit. Each matcher's group 1 is the name, offsets as in {@code head}.
     */
    private static List<Matcher> mastheadLines(String head) {
        List<Matcher> out = new ArrayList<>();
        boolean headline = false;
        for (int start = 0, end; start < head.length() && (end = head.indexOf('\n', start)) >= 0; start = end + 1) {
            String line = head.substring(start, end);
            if (line.isBlank()) continue;
            if (words(line) >= BODY_WORDS) break;
            Matcher m = LONE_HEAD_NAME.matcher(head).region(start, end);
            if (headline && m.matches()) out.add(m);
            headline = true;
        }
        return out;
    }

    /**
     * Each wire of a credit naming several: "Reuters/AFP", "AFP, X", and "Sapa-AP" (a wire
     * carrying another's story, joined by a hyphen to the other's acronym).
     */
    private static void addNames(Map<String, Wire> out, String names, int begin, String how, boolean byline) {
        Matcher parts = NAME_PARTS.matcher(names);
        while (parts.find()) {
            String part = parts.group();
            int at = begin + parts.start() + (part.length() - part.stripLeading().length());
            Matcher joined = CARRIED.matcher(part.strip());
            if (joined.matches()) {
                add(out, joined.group(1), at, how, byline);
                add(out, joined.group(2), at + joined.start(2), how, byline);
            } else {
                add(out, part, at, how, byline);
            }
        }
    }

    private static int firstNonBlank(String text) {
        int at = 0;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) at++;
        return at;
    }

    private static int words(String line) {
        return line.strip().split("\\s+").length;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static int startOfLine(String text, int at) {
        int nl = text.lastIndexOf('\n', at);
        return at - (nl + 1);
    }

    private static void add(Map<String, Wire> out, String name, int begin, String how, boolean byline) {
        String n = name.strip().replaceAll("[.\\s]+$", "");
        if (n.length() < 2 || NOT_A_WIRE.contains(n.toLowerCase(Locale.ROOT)) || n.split(" ").length > 4) return;
        for (String w : n.split(" ")) if (NOT_A_WIRE.contains(w.toLowerCase(Locale.ROOT))) return;
        out.putIfAbsent(n.toLowerCase(Locale.ROOT), new Wire(n, begin, begin + n.length(), how, byline));
    }

    /** One report by each wire of every claim, attribution, denial and statement of the article. */
    static List<Fact> of(ExtractionContext ctx, List<Fact> facts) {
        AnnotatedArticle a = ctx.args.article();
        List<Fact> out = new ArrayList<>();
        for (Wire w : find(a.article().text())) {
            if (w.byline() && !outletByline(ctx, w)) continue;
            Mention wire = mention(ctx, w);
            AnnotatedSentence at = Clauses.sentenceAt(a, w.begin());
            Span line = lineOf(a.article().text(), w);
            for (Fact f : facts) {
                Mention source = switch (f) {
                    case Fact.Claim c -> c.claimant();
                    case Fact.Attribution x -> x.attributor();
                    case Fact.Denial d -> d.denier();
                    case Fact.Statement s -> s.source();
                    default -> null;
                };
                boolean relayed = f instanceof Fact.Claim || f instanceof Fact.Attribution || f instanceof Fact.Denial
                        || f instanceof Fact.Statement;
                if (!relayed || (source != null && Clauses.sameName(source, wire))) continue;
                int sentence = at == null ? f.evidence().sentence() : at.index();
                Evidence ev = new Evidence(sentence, line, new Span(wire.begin(), wire.end(), wire.text()), "report.wire-" + w.how(), 0.9);
                out.add(new Fact.Report(wire, f instanceof Fact.Claim ? ReportKind.CLAIM : ReportKind.STATEMENT, f, source, ev, null));
            }
        }
        return out;
    }

    /** A byline names an outlet, not a writer: typed so, an acronym, or a name that says it ("Associated Press", "The X Herald"). */
    private static boolean outletByline(ExtractionContext ctx, Wire w) {
        // an acronym alone on a line of the head may be a dateline's place ("KABUL"): there only a typed outlet counts
        if (w.name().matches("[\\p{Lu}]{2,8}")) return !w.how().equals("masthead") || typedOutlet(ctx, w);
        String last = w.name().substring(w.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (Arguments.endsAnOutletName(last) || Lexicons.MASTHEAD_WORDS.contains(last)) return true;
        return typedOutlet(ctx, w);
    }

    /** The annotator typed the name an outlet's, and not a photo agency's (whose credit is a picture's). */
    private static boolean typedOutlet(ExtractionContext ctx, Wire w) {
        return ctx.args.allMentions().stream().anyMatch(m -> m.type() == EntityType.MEDIA_OUTLET && m.begin() <= w.begin() && w.end() <= m.end()
                && !m.source().endsWith(":photo"));
    }

    private static Span lineOf(String text, Wire w) {
        int b = text.lastIndexOf('\n', w.begin()) + 1;
        int e = lineEnd(text, w.end());
        return new Span(b, e, text.substring(b, e));
    }

    /**
     * The wire's mention: the annotator's, typed as an outlet; else the longest outlet the annotator
     * found inside the name (a writer's name before the wire's on one line: "Jane Doe Associated
     * Press"); else a new one over its name.
     */
    private static Mention mention(ExtractionContext ctx, Wire w) {
        AnnotatedArticle a = ctx.args.article();
        Mention inside = null;
        for (Mention m : ctx.args.allMentions()) {
            if (m.begin() == w.begin() && m.end() == w.end()) {
                return m.type() == EntityType.MEDIA_OUTLET ? m : ctx.args.keep(m.withType(EntityType.MEDIA_OUTLET, "outlet-context:wire"));
            }
            if (w.how().equals("masthead") && m.type() == EntityType.MEDIA_OUTLET && w.begin() <= m.begin() && m.end() <= w.end()
                    && (inside == null || m.end() - m.begin() > inside.end() - inside.begin())) inside = m;
        }
        if (inside != null) return inside;
        AnnotatedSentence s = Clauses.sentenceAt(a, w.begin());
        int from = -1;
        int to = -1;
        if (s != null) {
            for (Token t : s.tokens()) {
                if (t.begin() >= w.begin() && t.end() <= w.end()) {
                    if (from < 0) from = t.index();
                    to = t.index() + 1;
                }
            }
        }
        Mention m = from < 0 ? new Mention(w.name(), EntityType.MEDIA_OUTLET, -1, -1, -1, w.begin(), w.end(), "outlet-context:wire")
                : new Mention(w.name(), EntityType.MEDIA_OUTLET, s.index(), from, to, w.begin(), w.end(), "outlet-context:wire");
        return ctx.args.keep(m);
    }
}
