package org.claimtrace.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names NER misses but the article itself explains: an acronym defined in parentheses after a
 * name ("Northern Liberation Front (NLF)") takes that name's type, and a hyphenated proper noun built on a
 * known organisation name or acronym ("NLF-South", "AQ-M") is an organisation too.
 */
final class NameCompleter {
    private NameCompleter() {}

    /** Acronyms of states and unions, whose compounds ("US-China") are relations, not names. */
    private static final java.util.Set<String> STATE_ACRONYMS = java.util.Set.of("US", "UK", "EU", "USA", "UAE", "USSR", "DPRK", "PRC");

    static List<Mention> complete(String text, List<AnnotatedSentence> sentences, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions);
        Map<String, EntityType> known = new HashMap<>();
        for (Mention m : mentions) if (m.type() == EntityType.ORGANIZATION) known.put(m.text(), m.type());
        for (AnnotatedSentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = 1; i + 1 < t.size(); i++) {
                Token acr = t.get(i);
                if (!t.get(i - 1).word().matches("-LRB-|\\(") || !t.get(i + 1).word().matches("-RRB-|\\)")) continue;
                if (!acr.word().matches("\\p{Lu}[\\p{Lu}\\p{N}.-]{1,7}") || covered(out, s.index(), i)) continue;
                int before = i - 2;
                if (before >= 0 && t.get(before).word().matches("'s|’s")) before--;
                Mention owner = at(out, s.index(), before);
                if (owner == null) continue;
                out.add(new Mention(acr.word(), owner.type(), s.index(), i, i + 1, acr.begin(), acr.end(), "acronym-defined"));
                if (owner.type() == EntityType.ORGANIZATION) known.put(acr.word(), owner.type());
            }
        }
        for (AnnotatedSentence s : sentences) {
            for (Token tok : s.tokens()) {
                int dash = tok.word().indexOf('-');
                // The tagger often calls such names JJ or NN ("NLF-South/NN", "AQ-M/JJ").
                boolean proper = (tok.pos().startsWith("NN") || tok.pos().equals("JJ")) && Character.isUpperCase(tok.word().charAt(0));
                if (dash <= 0 || !proper || covered(out, s.index(), tok.index())) continue;
                String head = tok.word().substring(0, dash);
                String tail = tok.word().substring(dash + 1);
                // "NLF-South", "RDM-K": an acronym with a named part is an organisation's branch or faction,
                // as is a compound on a name this article already knows. Not "AK-74", "COVID-19", "US-China".
                boolean acronymCompound = head.matches("\\p{Lu}{2,6}") && tail.matches("\\p{Lu}\\p{L}*")
                        && !STATE_ACRONYMS.contains(head);
                if (known.containsKey(head) || acronymCompound) {
                    out.add(new Mention(text.substring(tok.begin(), tok.end()), EntityType.ORGANIZATION, s.index(),
                            tok.index(), tok.index() + 1, tok.begin(), tok.end(), "name-compound"));
                }
            }
        }
        // A one-word name NER tagged somewhere in the article is that name wherever it stands untagged.
        Map<String, Mention> oneWord = new HashMap<>();
        for (Mention m : out) if (m.tokenEnd() - m.tokenBegin() == 1 && m.sentence() >= 0) oneWord.putIfAbsent(m.text(), m);
        for (AnnotatedSentence s : sentences) {
            for (Token tok : s.tokens()) {
                Mention same = oneWord.get(tok.word());
                // the tagger may call an acronym NN ("a faction of the TTP"); in capitals it is still the name
                boolean nameLike = tok.pos().startsWith("NNP") || tok.word().matches("\\p{Lu}[\\p{Lu}\\p{N}]+");
                if (same == null || !nameLike || covered(out, s.index(), tok.index())) continue;
                out.add(new Mention(tok.word(), same.type(), s.index(), tok.index(), tok.index() + 1, tok.begin(), tok.end(),
                        "same-name"));
            }
        }
        return out;
    }

    /** Whether a mention of the sentence holds the token. */
    static boolean covered(List<Mention> ms, int sentence, int token) {
        return at(ms, sentence, token) != null;
    }

    /** The mention of the sentence that holds the token, or null. */
    static Mention at(List<Mention> ms, int sentence, int token) {
        for (Mention m : ms) if (m.holds(sentence, token)) return m;
        return null;
    }
}
