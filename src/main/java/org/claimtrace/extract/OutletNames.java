package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/**
 * Media outlets a reporter role names though the annotator did not type them: "the magazine X",
 * "state radio X", "X Radio", each as a media outlet mention of the name alone. Mentions it makes
 * join the article's ({@link Arguments}).
 */
final class OutletNames {
    private final Arguments args;

    OutletNames(Arguments args) {
        this.args = args;
    }

    /**
     * An outlet the role's phrase names, though the annotator did not type it one: "the magazine X",
     * "the news portal X", "state radio X" (a name in apposition to or compounded with an outlet noun),
     * or a name that is an outlet's by its shape ("X Radio", "Radio X", "the X Times").
     * The name comes back as a media outlet mention, without the outlet noun and its modifiers.
     */
    Optional<Mention> outletNamed(AnnotatedSentence s, int token) {
        List<Token> t = s.tokens();
        if (s.parsed()) {
            SemanticGraph g = s.dependencies();
            IndexedWord w = g.getNodeByIndexSafe(token + 1);
            if (w != null && Lexicons.OUTLET_HEADS.contains(t.get(token).lemma().toLowerCase(Locale.ROOT))) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    String rel = e.getRelation().toString();
                    int d = e.getDependent().index() - 1;
                    if (d > token && (rel.equals("appos") || rel.equals("compound") || rel.equals("dep") || rel.startsWith("flat"))
                            && isName(t, d)) {
                        return Optional.of(outletRun(s, token + 1, d));
                    }
                }
            }
            if (w != null && isName(t, token)) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    int d = e.getDependent().index() - 1;
                    if (d < token && e.getRelation().toString().equals("compound")
                            && Lexicons.OUTLET_HEADS.contains(t.get(d).lemma().toLowerCase(Locale.ROOT))
                            && !t.get(d).pos().startsWith("NNP")) {
                        // "state radio X" drops the kind; in "Radio X" it is part of the name
                        return Optional.of(outletRun(s, Character.isUpperCase(t.get(d).word().charAt(0)) ? d : d + 1, token));
                    }
                }
            }
        }
        Optional<Mention> at = args.mentionAt(s, token, Set.of(EntityType.ORGANIZATION));
        if (at.isEmpty()) return Optional.empty();
        Mention m = at.get();
        int from = m.tokenBegin();
        // "the United Nations-backed Radio X": the name starts after a "-backed", "-based" modifier.
        for (int i = m.tokenBegin(); i < m.tokenEnd() - 1; i++) {
            if (t.get(i).word().matches(".*-(backed|based|run|owned|funded|affiliated)")) from = i + 1;
        }
        boolean shaped = false;
        for (int i = from; i < m.tokenEnd(); i++) {
            boolean edge = i == from || i == m.tokenEnd() - 1;
            if (edge && t.get(i).pos().startsWith("NNP") && Lexicons.OUTLET_NAME_WORDS.contains(t.get(i).word().toLowerCase(Locale.ROOT))) shaped = true;
        }
        if (!shaped || m.tokenEnd() - from < 2) return Optional.empty();
        return Optional.of(outletRun(s, from, m.tokenEnd() - 1));
    }

    /** A proper noun, or a capitalised noun inside the sentence the tagger took for common ("RTB/NN"). */
    private static boolean isName(List<Token> t, int i) {
        Token k = t.get(i);
        return k.pos().startsWith("NNP") || (i > 0 && k.pos().startsWith("NN") && Character.isUpperCase(k.word().charAt(0)));
    }

    boolean isOutletNoun(AnnotatedSentence s, int token) {
        Token t = s.tokens().get(token);
        return !t.pos().startsWith("NNP") && Lexicons.OUTLET_HEADS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    /** The proper nouns from {@code from} (at the earliest) to {@code last}, as a media outlet mention. */
    private Mention outletRun(AnnotatedSentence s, int from, int last) {
        List<Token> t = s.tokens();
        int b = last;
        while (b > from && isName(t, b - 1)) b--;
        int e = last + 1;
        while (e < t.size() && isName(t, e)) e++;
        int cb = t.get(b).begin();
        int ce = t.get(e - 1).end();
        String text = args.article().textOf(cb, ce);
        if (text.endsWith(".")) { ce--; text = text.substring(0, text.length() - 1); }
        Mention m = new Mention(text, EntityType.MEDIA_OUTLET, s.index(), b, e, cb, ce, "outlet-role");
        for (Mention x : args.allMentions()) {
            if (x.sentence() == s.index() && x.begin() == cb && x.end() == ce && x.type() == EntityType.MEDIA_OUTLET) return x;
        }
        return args.keep(m);
    }
}
