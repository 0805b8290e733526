package org.claimtrace.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrace.source.Article;
import org.claimtrace.source.MetaSpan;

/**
 * Types names from more evidence than the 3-class NER: the curated gazetteer ({@link KnownNames})
 * and the words around a name (name-context.txt): "the militant group X", "X militants", "X
 * ransomware", "Kiri village", a name ending in "Air Base" or "Hospital". It also mends the spans
 * NER gets wrong in a way a rule can see: a possessive inside one name ("Baloch Liberation Army's
 * Majeed Brigade" is two), a trailing lower-case word ("Anbar province"), initials before a
 * surname ("K P Raghuvanshi"), a title-cased headline ("Iran Blames Israel"). It runs over tokens
 * with map look-ups, no second NER pass.
 */
public final class NameTyper {
    private final KnownNames known;
    private final List<List<String>> groupBefore = words("group-before");
    private final Set<String> groupAfter = set("group-after");
    private final List<List<String>> claimAfter = words("claim-after");
    private final Set<String> speakerRoles = set("speaker-roles");
    private final Set<String> malwareAfter = set("malware-after");
    private final Set<String> notMalware = set("not-malware");
    private final Set<String> placeAfter = set("place-after");
    private final List<List<String>> placeBefore = words("place-before");
    private final List<List<String>> placeHeads = words("place-heads");
    private final List<List<String>> organisationHeads = words("organisation-heads");
    private final List<List<String>> outletHeads = words("outlet-heads");
    private final List<String[]> extendHeads = DescribedParty.section("extend-heads").stream().map(l -> l.split("\t")).toList();

    public NameTyper(KnownNames known) {
        this.known = known;
    }

    private static final class Shared {
        static final NameTyper INSTANCE = new NameTyper(KnownNames.shared());
    }

    /** The typer over the shipped gazetteer, built once per process. */
    public static NameTyper shared() {
        return Shared.INSTANCE;
    }

    private static List<List<String>> words(String section) {
        return DescribedParty.section(section).stream().map(l -> List.of(l.split("\\s+")))
                .sorted(Comparator.comparingInt((List<String> l) -> -l.size())).toList();
    }

    private static Set<String> set(String section) {
        return new HashSet<>(DescribedParty.section(section));
    }

    /** The article's mentions, typed and mended; sentence-less mentions (bylines) pass unchanged. */
    public List<Mention> type(Article article, List<AnnotatedSentence> sentences, List<Mention> mentions) {
        String text = article.text();
        List<Mention> out = new ArrayList<>(mentions);
        dropHeadlineGuesses(article, sentences, out);
        for (AnnotatedSentence s : sentences) {
            compounds(text, s, out);
            mendSpans(text, s, out);
            applyGazetteer(text, s, out);
            applyContext(text, s, out);
        }
        out.removeIf(m -> m.sentence() >= 0 && (known.isPeople(m.text()) || isSoftware(m, sentences)
                || titleBeforePerson(m, out, sentences)));
        sameName(out);
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /**
     * A name the gazetteer or a context rule typed is that type wherever the article repeats it
     * (NER often tags one name three ways in one article).
     */
    private static void sameName(List<Mention> out) {
        java.util.Map<String, Mention> decided = new java.util.HashMap<>();
        for (Mention m : out) {
            if (m.source().startsWith("gazetteer") || m.source().startsWith("outlet-gazetteer")) decided.put(m.text(), m);
        }
        for (Mention m : out) {
            if (m.source().startsWith("name-context") && !decided.containsKey(m.text())) decided.put(m.text(), m);
        }
        for (int i = 0; i < out.size(); i++) {
            Mention m = out.get(i);
            Mention d = decided.get(m.text());
            if (d != null && d != m && d.type() != m.type() && (m.source().startsWith("ner") || m.source().equals("same-name")
                    || m.source().startsWith("outlet-context"))) {
                out.set(i, m.withType(d.type(), d.source().startsWith("outlet-") ? d.source() : d.source() + "+same-name"));
            }
        }
    }

    // ------------------------------------------------------------------ spans

    private static final java.util.regex.Pattern PLACE_COMPOUND_TAIL =
            java.util.regex.Pattern.compile("based|backed|born|led|funded|sponsored|allied|aligned|bound|controlled|held|administered");

    /**
     * Countries inside one hyphenated token name those countries: "Nigeria-Cameroon border" (both),
     * "Afghanistan-based", "Iran-backed" (the first).
     */
    private void compounds(String text, AnnotatedSentence s, List<Mention> out) {
        for (Token tok : s.tokens()) {
            String[] parts = tok.word().split("-");
            if (parts.length < 2) continue;
            boolean allPlaces = true;
            for (String p : parts) allPlaces &= isCountry(p);
            boolean tail = parts.length == 2 && isCountry(parts[0]) && PLACE_COMPOUND_TAIL.matcher(parts[1]).matches();
            if (!allPlaces && !tail) continue;
            Mention covering = NameCompleter.at(out, s.index(), tok.index());
            if (covering != null && !(covering.type() == EntityType.PLACE && covering.tokenEnd() - covering.tokenBegin() == 1)) continue;
            if (covering != null) out.remove(covering);
            int at = tok.begin();
            for (int k = 0; k < (tail ? 1 : parts.length); k++) {
                int b = text.indexOf(parts[k], at);
                out.add(new Mention(parts[k], EntityType.PLACE, s.index(), tok.index(), tok.index() + 1, b, b + parts[k].length(),
                        "gazetteer:countries.tsv+compound"));
                at = b + parts[k].length();
            }
        }
    }

    private boolean isCountry(String name) {
        KnownNames.Entry e = known.lookup(name);
        return e != null && e.file().equals("countries.tsv");
    }

    /**
     * A headline in title case makes NER tag runs of capitalised words ("3rd Group Makes U.N.",
     * "Iran Blames Israel"): there, only names the gazetteer knows or the body repeats are kept.
     */
    private void dropHeadlineGuesses(Article article, List<AnnotatedSentence> sentences, List<Mention> out) {
        MetaSpan title = article.spans().stream().filter(s -> s.kind() == MetaSpan.Kind.TITLE).findFirst().orElse(null);
        if (title == null) return;
        Set<String> body = new HashSet<>();
        for (Mention m : out) if (m.begin() >= title.end()) body.add(m.text());
        for (AnnotatedSentence s : sentences) {
            if (s.begin() >= title.end() || s.end() <= title.begin() || !titleCase(s)) continue;
            Set<String> known = new HashSet<>();
            for (KnownNames.Match k : this.known.find(article.text(), s.tokens())) known.add(k.name());
            out.removeIf(m -> m.sentence() == s.index() && !body.contains(m.text()) && !known.contains(m.text()));
        }
    }

    private static boolean titleCase(AnnotatedSentence s) {
        int words = 0;
        int capital = 0;
        for (Token t : s.tokens()) {
            if (!Character.isLetter(t.word().charAt(0)) || t.word().length() < 4) continue;
            words++;
            if (Character.isUpperCase(t.word().charAt(0))) capital++;
        }
        return words >= 3 && capital >= 0.7 * words;
    }

    private void mendSpans(String text, AnnotatedSentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (Mention m : List.copyOf(out)) {
            if (m.sentence() != s.index() || !m.source().equals("ner")) continue;
            Mention mended = m;
            // "Baloch Liberation Army's Majeed Brigade": two names.
            for (int k = m.tokenBegin() + 1; k < m.tokenEnd() - 1; k++) {
                String w = t.get(k).word();
                // Both sides names of several words: "Muhammad's Army" stays one name.
                if ((w.equals("'s") || w.equals("’s")) && Character.isUpperCase(t.get(k + 1).word().charAt(0))
                        && k - m.tokenBegin() >= 2 && m.tokenEnd() - k - 1 >= 2) {
                    replace(out, m, span(text, s, m.tokenBegin(), k, m.type(), "ner+possessive"));
                    out.add(span(text, s, k + 1, m.tokenEnd(), m.type(), "ner+possessive"));
                    mended = null;
                    break;
                }
            }
            if (mended == null) continue;
            // "Anbar province": the kind of place is no part of its name.
            int end = m.tokenEnd();
            while (end - 1 > m.tokenBegin() && placeAfter.contains(t.get(end - 1).word())) end--;
            if (end < m.tokenEnd()) {
                mended = span(text, s, m.tokenBegin(), end, m.type(), "ner+trimmed");
                replace(out, m, mended);
            }
            // "K P Raghuvanshi": initials before a surname belong to it.
            int begin = mended.tokenBegin();
            while (mended.type() == EntityType.PERSON && begin > 0 && t.get(begin - 1).word().matches("\\p{Lu}\\.?")
                    && !NameCompleter.covered(out, s.index(), begin - 1)) begin--;
            if (begin < mended.tokenBegin()) {
                Mention wider = span(text, s, begin, mended.tokenEnd(), EntityType.PERSON, "ner+initials");
                replace(out, mended, wider);
                mended = wider;
            }
            // "Tuareg Movement for the Salvation of Azawad": a people's name before a group's is no part of it.
            if (mended.tokenEnd() - mended.tokenBegin() >= 3 && known.isPeople(t.get(mended.tokenBegin()).word())
                    && mended.type() == EntityType.ORGANIZATION) {
                Mention rest = span(text, s, mended.tokenBegin() + 1, mended.tokenEnd(), mended.type(), "ner+people-dropped");
                replace(out, mended, rest);
                mended = rest;
            }
            // "National Security and Defense Council": capitalised words joined by "and" before an institution.
            begin = mended.tokenBegin();
            if (begin >= 2 && t.get(begin - 1).word().equals("and") && capitalisedHead(t, mended)
                    && endsWith(t, mended.tokenEnd(), organisationHeads) && properWord(t.get(begin - 2)) && !NameCompleter.covered(out, s.index(), begin - 2)) {
                int from = begin - 2;
                while (from > 0 && properWord(t.get(from - 1)) && !NameCompleter.covered(out, s.index(), from - 1)) from--;
                Mention joined = span(text, s, from, mended.tokenEnd(), EntityType.ORGANIZATION, "ner+joined");
                replace(out, mended, joined);
                mended = joined;
            }
            // "Jammu and Kashmir Police": a place and an institution named together.
            begin = mended.tokenBegin();
            if (begin >= 2 && t.get(begin - 1).word().equals("and") && capitalisedHead(t, mended)
                    && endsWith(t, mended.tokenEnd(), organisationHeads)) {
                Mention before = NameCompleter.at(out, s.index(), begin - 2);
                if (before != null && before.type() == EntityType.PLACE && before.tokenEnd() == begin - 1) {
                    out.remove(before);
                    Mention joined = span(text, s, before.tokenBegin(), mended.tokenEnd(), EntityType.ORGANIZATION, "ner+joined");
                    replace(out, mended, joined);
                    mended = joined;
                }
            }
            extend(text, s, out, mended);
        }
    }

    /** "Nevatim air base", "Vikhroli police station", "Biden administration": the head joins the name. */
    private void extend(String text, AnnotatedSentence s, List<Mention> out, Mention m) {
        List<Token> t = s.tokens();
        for (String[] head : extendHeads) {
            List<String> words = List.of(head[0].split("\\s+"));
            int end = m.tokenEnd() + words.size();
            if (end > t.size()) continue;
            boolean match = true;
            for (int k = 0; k < words.size(); k++) if (!t.get(m.tokenEnd() + k).word().equals(words.get(k))) match = false;
            if (!match) continue;
            EntityType type = EntityType.valueOf(head[1]);
            if (head[0].equals("administration") && m.type() != EntityType.PERSON) return;
            if (type == EntityType.PLACE && m.type() == EntityType.PERSON) return;
            replace(out, m, span(text, s, m.tokenBegin(), end, type, "name-context:extend:" + head[0].replace(' ', '-')));
            return;
        }
    }

    // ------------------------------------------------------------------ gazetteer

    private void applyGazetteer(String text, AnnotatedSentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (KnownNames.Match k : known.find(text, t)) {
            List<Mention> overlapping = out.stream()
                    .filter(m -> m.sentence() == s.index() && m.tokenBegin() < k.end() && k.begin() < m.tokenEnd()).toList();
            boolean exact = overlapping.stream().anyMatch(m -> m.tokenBegin() == k.begin() && m.tokenEnd() == k.end());
            if (!exact && weak(k, t)) continue;
            // Part of a longer name: "Confucius Institute", "Pakistan Taliban", "Reuters Institute".
            boolean longer = false;
            for (Mention m : overlapping) {
                if (m.tokenBegin() < k.begin() && !possessiveBetween(t, m.tokenBegin(), k.begin())) longer = true;
                if (m.tokenEnd() > k.end() && !t.get(k.end()).word().matches("'s|’s|'|’")) longer = true;
            }
            if (!overlapping.isEmpty() && longer && !exact) continue;
            if (overlapping.isEmpty() && k.end() < t.size() && t.get(k.end()).pos().startsWith("NNP")
                    && Character.isUpperCase(t.get(k.end()).word().charAt(0))) continue;
            String source = k.entry().type() == EntityType.MEDIA_OUTLET ? "outlet-gazetteer:" + k.entry().source() : "gazetteer:" + k.entry().file();
            Mention found = span(text, s, k.begin(), k.end(), k.entry().type(), source);
            for (Mention m : overlapping) {
                out.remove(m);
                // What the NER mention held beyond the name, after a possessive, is a name of its own.
                if (m.tokenEnd() > k.end() + 1 && t.get(k.end()).word().matches("'s|’s")) {
                    out.add(span(text, s, k.end() + 1, m.tokenEnd(), m.type(), m.source() + "+possessive"));
                }
            }
            out.add(found);
        }
    }

    /**
     * A single short or ordinary word ("IS", "Snake", "Signal") is taken only where NER already
     * found a name of exactly that span: elsewhere it is more often the word. A word no dictionary
     * has, letters and digits or a capital inside ("APT28", "menuPass"), is a name wherever it stands,
     * even where the tagger, which has not seen it either, calls it a common noun.
     */
    private static boolean weak(KnownNames.Match k, List<Token> t) {
        if (k.end() - k.begin() > 1) return false;
        Token tok = t.get(k.begin());
        String w = tok.word();
        if (w.length() <= 3) return true;
        boolean coined = (w.chars().anyMatch(Character::isDigit) && w.chars().anyMatch(Character::isLetter))
                || (w.substring(1).chars().anyMatch(Character::isUpperCase) && w.chars().anyMatch(Character::isLowerCase));
        if (coined) return false;
        boolean ordinary = !w.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return k.begin() == 0 || !tok.pos().startsWith("NNP") || (ordinary && w.length() <= 6);
    }

    private static boolean possessiveBetween(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) if (t.get(i).word().matches("'s|’s")) return true;
        return false;
    }

    // ------------------------------------------------------------------ context

    private void applyContext(String text, AnnotatedSentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        // Names NER missed after "the militant group", "hacking group", "cybersecurity firm".
        for (int i = 0; i < t.size(); i++) {
            int after = afterPhrase(t, i, groupBefore);
            if (after < 0 || after >= t.size() || NameCompleter.covered(out, s.index(), after)) continue;
            int end = after;
            while (end < t.size() && properWord(t.get(end)) && !NameCompleter.covered(out, s.index(), end)) end++;
            if (end > after) out.add(span(text, s, after, end, EntityType.ORGANIZATION, "name-context:group-before"));
        }
        // Names NER missed before "village", "district": "the Kiri village".
        for (int i = 1; i < t.size(); i++) {
            if (!placeAfter.contains(t.get(i).word()) || !properWord(t.get(i - 1)) || NameCompleter.covered(out, s.index(), i - 1)) continue;
            int from = i - 1;
            while (from > 0 && properWord(t.get(from - 1)) && !NameCompleter.covered(out, s.index(), from - 1)) from--;
            if (from == 0) continue;
            out.add(span(text, s, from, i, EntityType.PLACE, "name-context:place-after"));
        }
        for (Mention m : List.copyOf(out)) {
            if (m.sentence() != s.index() || m.source().startsWith("gazetteer") || m.source().startsWith("outlet-gazetteer")
                    || m.source().startsWith("outlet-lexicon")) continue;
            String rule = rule(text, t, m);
            if (rule == null) continue;
            if (rule.equals("malware")) {
                out.remove(m);
                continue;
            }
            EntityType type = EntityType.valueOf(rule.substring(0, rule.indexOf(':')));
            if (type != m.type()) replace(out, m, m.withType(type, "name-context:" + rule.substring(rule.indexOf(':') + 1)));
        }
    }

    /** The type context gives a mention ("TYPE:rule"), "malware", or null. */
    private String rule(String text, List<Token> t, Mention m) {
        int after = m.tokenEnd();
        String next = after < t.size() ? t.get(after).word().toLowerCase(Locale.ROOT) : "";
        String nextNext = after + 1 < t.size() ? t.get(after + 1).word().toLowerCase(Locale.ROOT) : "";
        if (malwareAfter.contains(next) && !notMalware.contains(nextNext) && m.type() != EntityType.PLACE) return "malware";
        if (m.type() != EntityType.MEDIA_OUTLET && endsWith(t, m.tokenEnd(), outletHeads) && capitalisedHead(t, m)) {
            return "MEDIA_OUTLET:outlet-head";
        }
        // "BBC Urdu", "CNN International": an outlet's edition or service.
        if (m.type() == EntityType.ORGANIZATION && m.tokenEnd() - m.tokenBegin() > 1) {
            for (KnownNames.Match k : known.find(text, t.subList(m.tokenBegin(), m.tokenEnd()))) {
                if (k.begin() == 0 && k.entry().type() == EntityType.MEDIA_OUTLET) return "MEDIA_OUTLET:outlet-edition";
            }
        }
        if (endsWith(t, m.tokenEnd(), placeHeads) && capitalisedHead(t, m) && m.tokenEnd() - m.tokenBegin() > 1) return "PLACE:place-head";
        if (endsWith(t, m.tokenEnd(), organisationHeads) && capitalisedHead(t, m) && m.tokenEnd() - m.tokenBegin() > 1
                && m.type() != EntityType.MEDIA_OUTLET) {
            return "ORGANIZATION:organisation-head";
        }
        boolean single = m.tokenEnd() - m.tokenBegin() == 1;
        // "Karrada district", "Gamboru, a remote town": a place, whatever else the context guessed.
        if (placeAfter.contains(next) && after < t.size() && Character.isLowerCase(t.get(after).word().charAt(0))
                && m.type() != EntityType.PLACE && single) {
            return "PLACE:place-after";
        }
        if (m.type() != EntityType.PLACE && placeAppositive(t, after)) return "PLACE:place-appositive";
        if (m.type() == EntityType.MEDIA_OUTLET) return null;
        if (before(t, m.tokenBegin(), groupBefore)) return "ORGANIZATION:group-before";
        if (m.type() == EntityType.PERSON && m.source().startsWith("ner") && claims(t, m)) return "ORGANIZATION:claim-after";
        if (groupAfter.contains(next) && m.type() != EntityType.PLACE) return "ORGANIZATION:group-after";
        if (before(t, m.tokenBegin(), placeBefore) && m.type() != EntityType.PLACE) return "PLACE:place-before";
        return null;
    }

    /** "X claimed responsibility", "X' has claimed credit", with no role word ("spokesman") before the name. */
    private boolean claims(List<Token> t, Mention m) {
        int at = m.tokenEnd();
        while (at < t.size() && t.get(at).word().matches("['`\"\u2019\u201d]+")) at++;
        boolean role = m.tokenBegin() > 0 && speakerRoles.contains(t.get(m.tokenBegin() - 1).word().toLowerCase(Locale.ROOT));
        return !role && afterPhrase(t, at, claimAfter) > 0;
    }

    /** ", a remote town", ", a village in ...": an appositive whose head is a kind of place. */
    private boolean placeAppositive(List<Token> t, int after) {
        if (after + 2 >= t.size() || !t.get(after).word().equals(",") || !t.get(after + 1).word().matches("(?i)a|an|the")) return false;
        for (int k = after + 2; k < Math.min(t.size(), after + 5); k++) {
            String w = t.get(k).word();
            if (placeAfter.contains(w)) return true;
            if (!t.get(k).pos().startsWith("JJ") && !t.get(k).pos().equals("NN")) return false;
        }
        return false;
    }

    /** The head word is written with a capital, as part of the name ("Rajawadi Hospital", not "the hospital"). */
    private static boolean capitalisedHead(List<Token> t, Mention m) {
        return Character.isUpperCase(t.get(m.tokenEnd() - 1).word().charAt(0));
    }

    /**
     * An organisation's name used in a title ("U.S. Treasury Secretary Scott Bessent", "DSP Yakubu
     * Sabo"): the words right after it are a title word and a person, or a person at once.
     */
    private static boolean titleBeforePerson(Mention m, List<Mention> all, List<AnnotatedSentence> sentences) {
        if (m.type() != EntityType.ORGANIZATION || !(m.source().startsWith("ner") || m.source().startsWith("gazetteer"))) return false;
        List<Token> t = sentences.get(m.sentence()).tokens();
        int next = m.tokenEnd();
        if (next < t.size() && t.get(next).word().matches("Secretary|Minister|Ministers|Chief|Commissioner")) next++;
        final int at = next;
        boolean acronym = m.text().matches("\\p{Lu}{2,6}");
        return (at > m.tokenEnd() || acronym) && all.stream().anyMatch(o -> o.sentence() == m.sentence() && o.tokenBegin() == at
                && o.type() == EntityType.PERSON);
    }

    private boolean isSoftware(Mention m, List<AnnotatedSentence> sentences) {
        if (!known.isMalware(m.text()) || m.type() == EntityType.PLACE || m.source().startsWith("gazetteer")
                || m.source().startsWith("outlet-")) return false;
        // Only names no ordinary word could be: "WannaCry", "NotPetya", "Industroyer2".
        String w = m.text();
        boolean distinctive = w.substring(1).chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) || w.contains(" ");
        if (!distinctive) return false;
        List<Token> t = sentences.get(m.sentence()).tokens();
        return m.tokenEnd() >= t.size() || !notMalware.contains(t.get(m.tokenEnd()).word().toLowerCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------ helpers

    private static boolean properWord(Token t) {
        return t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0));
    }

    private static boolean endsWith(List<Token> t, int end, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            int from = end - p.size();
            if (from >= 0 && matchesAt(t, from, p)) return true;
        }
        return false;
    }

    private static boolean before(List<Token> t, int begin, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            int from = begin - p.size();
            if (from >= 0 && matchesAt(t, from, p)) return true;
        }
        return false;
    }

    /** The token after a phrase starting at i, or -1. */
    private static int afterPhrase(List<Token> t, int i, List<List<String>> phrases) {
        for (List<String> p : phrases) if (i + p.size() <= t.size() && matchesAt(t, i, p)) return i + p.size();
        return -1;
    }

    private static boolean matchesAt(List<Token> t, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!t.get(at + k).word().toLowerCase(Locale.ROOT).equals(words.get(k))) return false;
        }
        return true;
    }

    private static void replace(List<Mention> out, Mention old, Mention by) {
        int i = out.indexOf(old);
        if (i >= 0) out.set(i, by);
        else out.add(by);
    }

    private static Mention span(String text, AnnotatedSentence s, int from, int to, EntityType type, String source) {
        int b = s.tokens().get(from).begin();
        int e = s.tokens().get(to - 1).end();
        return new Mention(text.substring(b, e), type, s.index(), from, to, b, e, source);
    }
}
