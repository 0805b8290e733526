package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/** What the builders ask of a sentence's parse and of mentions: negation, prepositions, subjects. */
final class Clauses {
    private Clauses() {}

    /** A cue with "not", "never" or "no" on it, or "failed to": the fact is not stated. */
    static boolean negated(AnnotatedSentence s, int token) {
        if (s.parsed()) {
            SemanticGraph g = s.dependencies();
            IndexedWord w = g.getNodeByIndexSafe(token + 1);
            if (w != null) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    String rel = e.getRelation().toString();
                    String l = e.getDependent().word().toLowerCase(Locale.ROOT);
                    if (rel.equals("neg") || (rel.equals("advmod") && (l.equals("not") || l.equals("never") || l.equals("n't")))) return true;
                    if ((rel.startsWith("nsubj") || rel.equals("obj")) && negatedNoun(s, e.getDependent().index() - 1)) return true;
                }
            }
        }
        for (int i = Math.max(0, token - 3); i < token; i++) {
            if (Lexicons.NEGATIONS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** A token's node in the sentence's parse, or null when the sentence was not parsed. */
    private static IndexedWord node(AnnotatedSentence s, int token) {
        return s.parsed() ? s.dependencies().getNodeByIndexSafe(token + 1) : null;
    }

    /** Whether a verb says what happens as a rule, not what happened: "such strikes are usually carried out by X". */
    static boolean habitual(AnnotatedSentence s, int verb) {
        IndexedWord w = node(s, verb);
        if (w == null) return false;
        for (SemanticGraphEdge e : s.dependencies().outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("advmod") && Lexicons.HABITUAL.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** Whether the clause a cue takes ("said [it did not ...]") is negated. */
    static boolean negatedComplement(AnnotatedSentence s, int cue) {
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(cue + 1);
        if (w == null) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("ccomp") || rel.equals("xcomp")) && negated(s, e.getDependent().index() - 1)) return true;
        }
        return false;
    }

    /** "no group", "nobody", "none of": a subject that says no one did it. */
    static boolean negatedNoun(AnnotatedSentence s, int token) {
        String w = s.tokens().get(token).word().toLowerCase(Locale.ROOT);
        if (Lexicons.NOBODY.contains(w)) return true;
        return token > 0 && s.tokens().get(token - 1).word().equalsIgnoreCase("no");
    }

    /** The preposition on a noun ("by", "on", "through"), lower case, or "". */
    static String caseOf(SemanticGraph g, IndexedWord w) {
        if (w == null) return "";
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("case")) return e.getDependent().word().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /** The token of a verb's subject, or -1. */
    static int subjectOf(AnnotatedSentence s, int verb) {
        if (!s.parsed()) return -1;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(verb + 1);
        if (w == null) return -1;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().startsWith("nsubj")) return e.getDependent().index() - 1;
        }
        return -1;
    }

    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "NATIONALITY");

    /**
     * The name that makes an event someone's ("a Shebab operation", "an IS attack", "X's attack"):
     * a proper noun compound or possessor of the event noun that names no place ("the Kabul attack"
     * says where), or -1.
     */
    static int namedDoerOfEvent(AnnotatedSentence s, int event) {
        IndexedWord w = node(s, event);
        if (w == null) return -1;
        for (SemanticGraphEdge e : s.dependencies().outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            Token t = s.tokens().get(e.getDependent().index() - 1);
            if ((r.equals("compound") || r.equals("nmod:poss")) && t.pos().startsWith("NNP") && !PLACE_TAGS.contains(t.ner())) return t.index();
        }
        return -1;
    }

    /** Whether a token is the compound or possessor of an event noun ("the Kabul attack", "a Shebab operation"). */
    static boolean modifiesEvent(AnnotatedSentence s, int token) {
        IndexedWord w = node(s, token);
        SemanticGraph g = s.dependencies();
        IndexedWord gov = w == null ? null : g.getParent(w);
        if (gov == null || !isEventWord(gov)) return false;
        String r = g.getEdge(gov, w).getRelation().toString();
        return r.equals("compound") || r.equals("nmod:poss");
    }

    static boolean isEventWord(IndexedWord w) {
        return Lexicons.EVENT.contains((w.lemma() == null ? w.word() : w.lemma()).toLowerCase(Locale.ROOT));
    }

    static boolean sameName(Mention a, Mention b) {
        return a.text().equalsIgnoreCase(b.text()) || (a.begin() == b.begin() && a.end() == b.end());
    }

    static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    static AnnotatedSentence sentenceAt(AnnotatedArticle a, int offset) {
        for (AnnotatedSentence s : a.sentences()) if (s.begin() <= offset && offset <= s.end()) return s;
        return null;
    }

    /** "Afghanistan-based planners", "a Paris-based group": the mention is where a party is based, not the party. */
    static boolean whereBased(AnnotatedSentence s, Mention m) {
        if (m.sentence() != s.index()) return false;
        // one token ("Afghanistan-based") or the place hung on "based"
        if (basedWord(s.tokens().get(m.tokenEnd() - 1).word())) return true;
        if (!s.parsed()) return false;
        IndexedWord w = s.dependencies().getNodeByIndexSafe(m.tokenEnd());
        IndexedWord gov = w == null ? null : s.dependencies().getParent(w);
        return gov != null && basedWord(gov.word());
    }

    /** "based", "Paris-based". */
    static boolean basedWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        return l.equals("based") || l.endsWith("-based");
    }

    /** The tokens conjoined with a mention's words, outside it: their conj dependents, or the governor and siblings of a conjunct. */
    static List<Integer> conjoined(SemanticGraph g, Mention who) {
        List<Integer> out = new ArrayList<>();
        for (int i = who.tokenBegin(); i < who.tokenEnd(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) continue;
            List<IndexedWord> around = new ArrayList<>();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) if (e.getRelation().toString().equals("conj")) around.add(e.getDependent());
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                if (!e.getRelation().toString().equals("conj")) continue;
                around.add(e.getGovernor());
                for (SemanticGraphEdge x : g.outgoingEdgeIterable(e.getGovernor())) if (x.getRelation().toString().equals("conj")) around.add(x.getDependent());
            }
            for (IndexedWord d : around) {
                int t = d.index() - 1;
                if ((t < who.tokenBegin() || t >= who.tokenEnd()) && !out.contains(t)) out.add(t);
            }
        }
        return out;
    }
}
