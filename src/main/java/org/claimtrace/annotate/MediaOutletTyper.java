package org.claimtrace.annotate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrace.source.Article;

/**
 * Decides which names are media outlets. CoreNLP has no such class (outlets come out as
 * ORGANIZATION, PERSON, MISC or nothing), so a name becomes MEDIA_OUTLET by a lexicon of known
 * outlets and platforms (outlets.tsv, extensible) or by its context ("X news agency", "X media",
 * "according to X", "Kenyan media"), so an outlet never seen in the lexicon is still typed.
 * A name typed an outlet anywhere in an article is an outlet everywhere in it.
 */
public final class MediaOutletTyper {

    /** One lexicon entry: a name (as tokens) and whether it counts only after "on". */
    record Entry(String name, List<String> tokens, boolean afterOnOnly) {}

    private final List<Entry> entries;
    private final Map<String, List<List<String>>> context;

    private MediaOutletTyper(List<Entry> entries, Map<String, List<List<String>>> context) {
        this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> -e.tokens.size())).toList();
        this.context = context;
    }

    /** The shipped lexicon, plus any user files in the same format. */
    public static MediaOutletTyper load(List<Path> extraLexicons) {
        List<Entry> entries = new ArrayList<>();
        parseLexicon(resourceLines("outlets.tsv"), "outlets.tsv", entries);
        for (Path p : extraLexicons) {
            try {
                parseLexicon(Files.readAllLines(p, StandardCharsets.UTF_8), p.toString(), entries);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read outlet lexicon " + p + " (" + e.getMessage() + ")");
            }
        }
        return new MediaOutletTyper(entries, parseContext(resourceLines("outlet-context.txt")));
    }

    private static List<String> resourceLines(String name) {
        return org.claimtrace.util.Resources.lines(MediaOutletTyper.class, name);
    }

    private static void parseLexicon(List<String> lines, String file, List<Entry> out) {
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t", -1);
            String kind = cols.length > 1 ? cols[1].strip() : "outlet";
            if (!kind.equals("outlet") && !kind.equals("platform")) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": kind must be outlet or platform, not '" + kind + "'");
            }
            boolean afterOn = cols.length > 3 && cols[3].strip().equals("after-on");
            List<String> names = new ArrayList<>();
            names.add(cols[0].strip());
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String a : cols[2].split("\\|")) names.add(a.strip());
            }
            for (String name : names) out.add(new Entry(cols[0].strip(), tokensOf(name), afterOn));
        }
    }

    private static List<String> tokensOf(String name) {
        return List.of(name.split("\\s+"));
    }

    private static Map<String, List<List<String>>> parseContext(List<String> lines) {
        Map<String, List<List<String>>> out = new HashMap<>();
        String section = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            out.computeIfAbsent(section, k -> new ArrayList<>()).add(tokensOf(line.toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    /** Types the mentions of one article: adds lexicon and collective outlets, retypes by context. */
    List<Mention> type(Article article, List<AnnotatedSentence> sentences, List<Mention> nerMentions) {
        List<Mention> mentions = new ArrayList<>(nerMentions);
        for (AnnotatedSentence s : sentences) {
            addLexiconMatches(article.text(), s, mentions);
            addCollectiveOutlets(article.text(), s, mentions);
            addUntypedNamesInOutletContext(article.text(), s, mentions);
        }
        Set<String> outletNames = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == EntityType.MEDIA_OUTLET) {
                outletNames.add(m.text());
                continue;
            }
            String rule = contextRule(sentences.get(m.sentence()), m);
            // "According to X's threat report" after "security company X": a firm's report, not an outlet's
            if (rule != null && rule.startsWith("weak:") && describedAsFirm(sentences, mentions, m.text())) rule = null;
            if (rule != null) {
                mentions.set(i, m.withType(EntityType.MEDIA_OUTLET, "outlet-context:" + rule));
                outletNames.add(m.text());
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.MEDIA_OUTLET && outletNames.contains(m.text())) {
                mentions.set(i, m.withType(EntityType.MEDIA_OUTLET, "outlet-context:same-name"));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::begin));
        return mentions;
    }

    /** Whether the article calls a name a firm where it names it: "security company X", "cybersecurity firm X". */
    private boolean describedAsFirm(List<AnnotatedSentence> sentences, List<Mention> mentions, String name) {
        for (Mention m : mentions) {
            if (m.sentence() < 0 || m.tokenBegin() == 0 || !m.text().equals(name)) continue;
            Token before = sentences.get(m.sentence()).tokens().get(m.tokenBegin() - 1);
            if (contains("firm", before.lemma() == null ? before.word() : before.lemma())) return true;
        }
        return false;
    }

    private void addLexiconMatches(String text, AnnotatedSentence s, List<Mention> mentions) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            for (Entry e : entries) {
                int n = e.tokens.size();
                if (i + n > t.size() || !matches(t, i, e.tokens)) continue;
                // an outlet named by an ordinary word ("Dawn", "Mint") only after "on" or as ", X reported."
                if (e.afterOnOnly && (i == 0 || !t.get(i - 1).word().equalsIgnoreCase("on")) && !reportsAtTheEnd(t, i, i + n)) continue;
                int end = i + n + edition(t, i + n);
                if (end < t.size() && t.get(end).pos().startsWith("NNP") && !t.get(end).word().equals("news")) {
                    continue; // part of a longer name: "Reuters Institute", "Time Warner"
                }
                Mention found = span(text, s, i, end, EntityType.MEDIA_OUTLET, "outlet-lexicon");
                if (found.text().endsWith(".") && !e.tokens.getLast().endsWith(".")) {
                    found = new Mention(found.text().substring(0, found.text().length() - 1), found.type(), found.sentence(),
                            found.tokenBegin(), found.tokenEnd(), found.begin(), found.end() - 1, found.source());
                }
                replaceOverlapping(mentions, found);
                i += n - 1;
                break;
            }
        }
    }

    /**
     * The words of a national or language edition right after an outlet's name, 0 if none: a
     * country ("CNN Philippines"), a language or nationality ("BBC Urdu"), or "News" and a number
     * ("CNN News 18"), as the tagger named them.
     */
    private static int edition(List<Token> t, int at) {
        int k = at;
        while (k < t.size() && t.get(k).pos().startsWith("NNP") && t.get(k).ner() != null
                && t.get(k).ner().matches("COUNTRY|LOCATION|NATIONALITY|LANGUAGE")) k++;
        if (k == at && k + 1 < t.size() && t.get(k).word().equals("News") && t.get(k + 1).pos().equals("CD")) k += 2;
        return k - at;
    }

    private static boolean matches(List<Token> t, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = t.get(at + k).word();
            // A sentence-final "X." is one token: the name without its period still matches.
            boolean last = k == words.size() - 1;
            if (!w.equals(words.get(k)) && !(last && w.equals(words.get(k) + "."))) return false;
        }
        return true;
    }

    /** "Kenyan media", "Nigerian state television", "Western news outlets", "Ugandan news agencies". */
    private void addCollectiveOutlets(String text, AnnotatedSentence s, List<Mention> mentions) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (!isNationality(t.get(i))) continue;
            int j = i;
            while (j + 1 < t.size() && isNationality(t.get(j + 1))) j++;
            for (List<String> tail : context.getOrDefault("collective", List.of()).stream()
                    .sorted(Comparator.comparingInt(l -> -l.size())).toList()) {
                int end = j + 1 + tail.size();
                if (end > t.size() || !lemmasMatch(t, j + 1, tail)) continue;
                if (end < t.size() && t.get(end).pos().startsWith("NN") && !t.get(end).pos().startsWith("NNP")) break;
                replaceOverlapping(mentions, span(text, s, i, end, EntityType.MEDIA_OUTLET, "outlet-context:collective"));
                i = end - 1;
                break;
            }
        }
    }

    /** A capitalised adjective of nation or region: "Kenyan", "Nigerian", "Western", "Arab". */
    private static boolean isNationality(Token t) {
        String w = t.word();
        return (t.pos().equals("JJ") || t.pos().equals("NNP") || t.ner().equals("MISC"))
                && Character.isUpperCase(w.charAt(0)) && w.length() > 2
                && (w.endsWith("an") || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish")
                    || w.endsWith("i") || w.endsWith("ic") || w.endsWith("ern") || w.equals("Arab"));
    }

    /** A run of proper nouns CoreNLP left untyped, right before "media", "news agency", ... */
    private void addUntypedNamesInOutletContext(String text, AnnotatedSentence s, List<Mention> mentions) {
        List<Token> t = s.tokens();
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).pos().startsWith("NNP") || NameCompleter.covered(mentions, s.index(), i)) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && t.get(j).pos().startsWith("NNP") && !NameCompleter.covered(mentions, s.index(), j)) j++;
            // "according to Gov. X", "said Lt. Col. X": a title's abbreviation before a name NER left out is no outlet
            while (i < j && t.get(i).word().matches("\\p{Lu}\\p{L}{0,3}\\.")) i++;
            if (i == j) continue;
            Mention candidate = span(text, s, i, j, EntityType.ORGANIZATION, "outlet-context");
            String rule = contextRule(s, candidate);
            if (rule != null && Character.isUpperCase(t.get(i).word().charAt(0))) {
                mentions.add(candidate.withType(EntityType.MEDIA_OUTLET, "outlet-context:" + rule));
            }
            i = j;
        }
    }

    /** ", X reported." or ", X reports.": tokens [from, to) report at the end of a sentence after a comma. */
    private static boolean reportsAtTheEnd(List<Token> t, int from, int to) {
        return from > 0 && t.get(from - 1).word().equals(",") && to + 1 < t.size() && t.get(to).word().matches("reports|reported")
                && t.get(to + 1).word().equals(".");
    }

    /** The context rule that makes {@code m} an outlet, or null. */
    private String contextRule(AnnotatedSentence s, Mention m) {
        List<Token> t = s.tokens();
        int after = m.tokenEnd();
        if (after < t.size() && (t.get(after).word().equals("'s") || t.get(after).word().equals("'"))) after++;
        for (List<String> words : context.getOrDefault("after", List.of())) {
            if (after + words.size() <= t.size() && lemmasMatch(t, after, words)) {
                int next = after + words.size();
                // "X media reported" yes; "X media coverage"/"X television presenter" no.
                if (next < t.size() && t.get(next).pos().startsWith("NN") && !t.get(next).pos().startsWith("NNP")
                        && !words.getLast().equals("media")) continue;
                return "after:" + String.join("-", words);
            }
        }
        for (List<String> words : context.getOrDefault("before", List.of())) {
            int from = m.tokenBegin() - words.size();
            if (from >= 0 && lemmasMatch(t, from, words)) return "before:" + String.join("-", words);
        }
        // Appositive: "X, a propaganda network" / "X, the group's news agency".
        if (after < t.size() && t.get(after).word().equals(",")) {
            for (int k = after + 1; k < Math.min(t.size(), after + 6); k++) {
                Token w = t.get(k);
                if (w.word().equals(",") || w.pos().startsWith("VB") || w.pos().equals("IN") || w.pos().equals("TO")) break;
                if (w.pos().startsWith("NN") && !w.pos().startsWith("NNP")
                        && contains("appositive", w.lemma()) && (k + 1 >= t.size() || !t.get(k + 1).pos().startsWith("NN"))) {
                    return "appositive:" + w.lemma().toLowerCase(Locale.ROOT);
                }
            }
        }
        // Reversed appositive: "the group's propaganda network, X".
        int before = m.tokenBegin() - 1;
        if (before >= 1 && t.get(before).word().equals(",") && t.get(before - 1).pos().startsWith("NN")
                && !t.get(before - 1).pos().startsWith("NNP") && contains("appositive", t.get(before - 1).lemma())) {
            return "appositive-before:" + t.get(before - 1).lemma().toLowerCase(Locale.ROOT);
        }
        // ", X reports.": who reports in the present at a sentence's end is an outlet ("..., Interfax reports.")
        if (after < t.size() && t.get(after).word().equals("reports") && reportsAtTheEnd(t, m.tokenBegin(), after)
                && m.type() != EntityType.PLACE && !isInstitution(m)) return "sentence-final:reports";
        if (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE || isInstitution(m)) return null;
        for (List<String> words : context.getOrDefault("weak", List.of())) {
            int from = m.tokenBegin() - words.size();
            if (from >= 0 && lemmasMatch(t, from, words)) return "weak:" + String.join("-", words);
            if (words.size() == 1 && m.tokenEnd() < t.size() && lemmasMatch(t, m.tokenEnd(), words)
                    && t.get(m.tokenEnd()).word().toLowerCase(Locale.ROOT).equals(words.getFirst())) {
                return "weak:" + words.getFirst();
            }
        }
        return null;
    }

    private boolean isInstitution(Mention m) {
        for (String w : m.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            if (contains("institution", w)) return true;
        }
        return false;
    }

    private boolean contains(String section, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (List<String> words : context.getOrDefault(section, List.of())) {
            if (words.size() == 1 && words.getFirst().equals(w)) return true;
        }
        return false;
    }

    private static boolean lemmasMatch(List<Token> t, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            Token tok = t.get(at + k);
            String w = words.get(k);
            if (!tok.lemma().toLowerCase(Locale.ROOT).equals(w) && !tok.word().toLowerCase(Locale.ROOT).equals(w)) return false;
        }
        return true;
    }

    private static Mention span(String text, AnnotatedSentence s, int from, int to, EntityType type, String source) {
        int b = s.tokens().get(from).begin();
        int e = s.tokens().get(to - 1).end();
        return new Mention(text.substring(b, e), type, s.index(), from, to, b, e, source);
    }

    private static void replaceOverlapping(List<Mention> mentions, Mention m) {
        mentions.removeIf(o -> o.overlaps(m));
        mentions.add(m);
    }
}
