package org.claimtrace.annotate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Group names NER misses but the text marks as a group's ([group-nouns] and [naming-words] of
 * name-context.txt): a capitalised name before a group noun ("the so-called "Solar Crow" group"),
 * right after the word "group" ("the Israel-linked group Predatory Sparrow"), or after the words a
 * name follows near a group noun ("a cyber group, known as Cyber Av3ngers"). Each becomes an
 * ORGANIZATION mention; names NER found are left as they are.
 */
final class GroupNames {
    private static final Set<String> GROUP_NOUNS = new HashSet<>(DescribedParty.section("group-nouns"));
    private static final List<List<String>> NAMING = DescribedParty.section("naming-words").stream()
            .map(l -> List.of(l.split("\\s+"))).toList();
    /** "US-based", "Iran-backed", "Israel-linked": a hyphenated modifier before a name. */
    private static final Pattern MODIFIER = Pattern.compile("\\p{Lu}[\\p{L}.]*-\\p{Ll}+");
    /** "Islamist", "Maoist": a word of belief, tagged as a name before "group", names no group. */
    private static final Pattern IDEOLOGY = Pattern.compile("\\p{Lu}\\p{Ll}+ists?");
    /** How far before a naming word a group noun may stand ("a cyber group, known as X"). */
    private static final int NEAR = 6;

    private GroupNames() {}

    static List<Mention> add(String text, List<AnnotatedSentence> sentences, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        for (AnnotatedSentence s : sentences) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                if (!nameWord(t.get(i)) || NameCompleter.covered(out, s.index(), i)) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < t.size() && nameWord(t.get(j)) && !NameCompleter.covered(out, s.index(), j)) j++;
                // "US-based X", "Iran-backed X": the modifier is no part of the name
                int from = i;
                while (from < j - 1 && MODIFIER.matcher(t.get(from).word()).matches()) from++;
                boolean ideology = j - from == 1 && IDEOLOGY.matcher(t.get(from).word()).matches();
                if (!ideology && groupContext(t, from, j)) {
                    int b = t.get(from).begin();
                    int e = t.get(j - 1).end();
                    out.add(new Mention(text.substring(b, e), EntityType.ORGANIZATION, s.index(), from, j, b, e, "group-context"));
                }
                i = j;
            }
        }
        return out;
    }

    /** A proper noun that names nothing else to NER (no date, number or nationality). */
    private static boolean nameWord(Token x) {
        return x.pos().startsWith("NNP") && "O".equals(x.ner()) && !x.word().isEmpty() && Character.isUpperCase(x.word().charAt(0));
    }

    private static boolean groupContext(List<Token> t, int from, int to) {
        int after = to;
        while (after < t.size() && NlpPipeline.quoteMark(t.get(after).word())) after++;
        int before = from;
        while (before > 0 && NlpPipeline.quoteMark(t.get(before - 1).word())) before--;
        // a capitalised first word of a sentence is no name by itself ("Hacker group claims ...")
        boolean quoted = before < from;
        boolean groupAfter = after < t.size() && GROUP_NOUNS.contains(lower(t, after)) && !t.get(after).pos().startsWith("NNP")
                && !lower(t, after).endsWith("s") && (from > 0 || quoted);
        if (groupAfter) return true;
        if (before > 0 && lower(t, before - 1).equals("group")) return true;
        for (List<String> naming : NAMING) {
            int at = before - naming.size();
            if (at < 0 || !matches(t, at, naming)) continue;
            for (int k = Math.max(0, at - NEAR); k < at; k++) if (GROUP_NOUNS.contains(lower(t, k))) return true;
        }
        return false;
    }

    private static boolean matches(List<Token> t, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) if (!lower(t, at + k).equals(words.get(k))) return false;
        return true;
    }

    private static String lower(List<Token> t, int i) {
        return t.get(i).word().toLowerCase(Locale.ROOT);
    }
}
