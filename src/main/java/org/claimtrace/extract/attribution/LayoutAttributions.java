package org.claimtrace.extract.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.Span;

/**
 * Attributions news makes by layout rather than by a verb, which the parse-based reading cannot
 * see: a quotation signed off by a dash and a name ("...” ― Jane Doe"), and a
 * speaker's name and a colon at the start of a line, as in transcripts ("WALLACE: Let's start
 * ...") and headlines ("Pence: ..."). The name must be a person the article names, so credit lines
 * ("Photo: Reuters", "Source: AFP") and datelines ("KABUL:") are no speakers.
 */
final class LayoutAttributions {
    static final String DASH_SIGNOFF = "layout/dash-signoff";
    static final String SPEAKER_COLON = "layout/speaker-colon";
    private static final double CONFIDENCE = 0.85;
    private static final Pattern DASHES = Pattern.compile("[\u2015\u2014\u2013-]");

    private LayoutAttributions() {}

    /** The layout attributions of an article whose content no attribution of {@code found} already covers. */
    static List<Attribution> find(AnnotatedArticle article, List<Span> quotes, List<Attribution> found) {
        List<Attribution> out = new ArrayList<>();
        String text = article.article().text();
        for (AnnotatedSentence s : article.sentences()) {
            if (s.tokens().isEmpty()) continue;
            // a sign-off may follow its quotation on the same line ("...”― Jane Doe"); a speaker's colon starts one
            Attribution a = dashSignoff(article, s, quotes);
            if (a == null && lineStart(text, s.tokens().getFirst().begin())) a = speakerColon(article, s);
            if (a != null && !covered(a, found)) out.add(a);
        }
        return out;
    }

    /** "― Jane Doe" right after a quotation, on its line or the next. */
    private static Attribution dashSignoff(AnnotatedArticle article, AnnotatedSentence s, List<Span> quotes) {
        Token dash = s.tokens().getFirst();
        if (!DASHES.matcher(dash.word()).matches()) return null;
        Mention who = s.tokens().size() < 2 ? null : personAt(article, s, 1);
        if (who == null || !restIsPunctuationOrDescription(s, who.tokenEnd())) return null;
        String text = article.article().text();
        for (Span q : quotes) {
            int gap = dash.begin() - q.end();
            if (gap < 0 || gap > 4 || !text.substring(q.end(), dash.begin()).matches("[\\s\u201d\"]*")) continue;
            return attribution(s, who, dash, q, DASH_SIGNOFF);
        }
        return null;
    }

    /**
     * "PENCE: Well, look, ..." or "Pence: ..." at the start of a line; the content runs to the end
     * of the paragraph (the sentence splitter may have cut the line after the colon).
     */
    private static Attribution speakerColon(AnnotatedArticle article, AnnotatedSentence s) {
        List<Token> t = s.tokens();
        String text = article.article().text();
        int colon = -1;
        for (int i = 1; i < Math.min(5, t.size()); i++) {
            if (t.get(i).word().equals(":")) {
                colon = i;
                break;
            }
        }
        int nameEnd = colon >= 0 ? colon : t.size();
        if (nameEnd > 4) return null;
        Mention who = personAt(article, s, 0);
        if (who == null || who.tokenEnd() != nameEnd) who = transcriptSpeaker(article, s, nameEnd);
        if (who == null) return null;
        int after = t.get(nameEnd - 1).end();
        while (after < text.length() && text.charAt(after) == ' ') after++;
        if (after >= text.length() || text.charAt(after) != ':') return null;
        int begin = after + 1;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin)) && text.charAt(begin) != '\n') begin++;
        int end = text.indexOf('\n', begin);
        if (end < 0) end = text.length();
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end - begin < 10) return null;
        // a colon the splitter left outside the sentence is still the cue; its head token is then the name's last
        Token cue = colon >= 0 ? t.get(colon) : new Token(nameEnd - 1, ":", ":", ":", "O", after, after + 1);
        return attribution(s, who, cue, new Span(begin, end, text.substring(begin, end)), SPEAKER_COLON);
    }

    /**
     * "WALLACE" before the colon of a transcript line: an upper-case surname of a person the
     * article names in full elsewhere ("Chris Wallace").
     */
    private static Mention transcriptSpeaker(AnnotatedArticle article, AnnotatedSentence s, int nameEnd) {
        if (nameEnd != 1) return null;
        Token name = s.tokens().getFirst();
        if (name.word().length() < 3 || !name.word().equals(name.word().toUpperCase(Locale.ROOT)) || !name.word().chars().allMatch(Character::isLetter)) {
            return null;
        }
        String surname = name.word().toLowerCase(Locale.ROOT);
        for (Mention m : article.mentions()) {
            if (m.type() != EntityType.PERSON || m.sentence() == s.index()) continue;
            String[] parts = m.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (parts.length > 1 && parts[parts.length - 1].equals(surname)) {
                return new Mention(name.word(), EntityType.PERSON, s.index(), 0, 1, name.begin(), name.end(), "transcript-speaker");
            }
        }
        return null;
    }

    private static Mention personAt(AnnotatedArticle article, AnnotatedSentence s, int token) {
        for (Mention m : article.mentions()) {
            if (m.sentence() == s.index() && m.tokenBegin() == token && m.type() == EntityType.PERSON) return m;
        }
        return null;
    }

    /** After the name only a comma and a short description may follow ("― Jane Doe, 34, nurse"). */
    private static boolean restIsPunctuationOrDescription(AnnotatedSentence s, int from) {
        if (from >= s.tokens().size()) return true;
        return s.tokens().get(from).word().equals(",") || s.tokens().size() - from <= 1;
    }

    private static boolean lineStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"' || text.charAt(i) == '\u201c')) i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean covered(Attribution a, List<Attribution> found) {
        for (Attribution f : found) {
            if (f.content().begin() < a.content().end() && a.content().begin() < f.content().end()) return true;
        }
        return false;
    }

    private static Attribution attribution(AnnotatedSentence s, Mention who, Token cue, Span content, String rule) {
        Span source = new Span(who.begin(), who.end(), who.text());
        Span cueSpan = new Span(cue.begin(), cue.end(), cue.word());
        return new Attribution(s.index(), source, who.tokenEnd() - 1, cueSpan, cue.index(), content, -1, rule, CONFIDENCE);
    }
}
