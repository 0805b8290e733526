package org.claimtrace.extract.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;

/**
 * The features of one token for the cue classifier, after Pareti et al. (EMNLP 2013) as BBC's
 * Citron builds them: the token's word, lemma and tag, its dependency relation and head, its
 * dependents' relations (a verb with a clausal complement and a subject is the typical cue), its
 * depth, whether it stands inside quotation marks, and the lemmas around it. Feature strings are
 * the model's vocabulary: changing one means training again.
 */
public final class CueFeatures {
    private CueFeatures() {}

    public static List<String> of(AnnotatedSentence s, int i) {
        List<String> f = new ArrayList<>(48);
        List<Token> t = s.tokens();
        Token tok = t.get(i);
        String lemma = lower(tok.lemma());
        f.add("bias");
        f.add("w=" + lower(tok.word()));
        f.add("l=" + lemma);
        f.add("p=" + tok.pos());
        f.add("lp=" + lemma + "|" + tok.pos());
        if (!"O".equals(tok.ner())) f.add("ner=" + tok.ner());
        for (int d = -2; d <= 2; d++) {
            if (d == 0) continue;
            int k = i + d;
            String l = k < 0 ? "<s>" : k >= t.size() ? "</s>" : lower(t.get(k).lemma());
            String p = k < 0 ? "<s>" : k >= t.size() ? "</s>" : t.get(k).pos();
            f.add("l" + d + "=" + l);
            f.add("p" + d + "=" + p);
        }
        for (int k = Math.max(0, i - 5); k < Math.min(t.size(), i + 6); k++) {
            if (k != i && Math.abs(k - i) > 2) f.add((k < i ? "bagL=" : "bagR=") + lower(t.get(k).lemma()));
        }
        if (Quotes.inside(t, i)) f.add("inq");
        if (i == 0) f.add("first");
        if (s.parsed()) dependencyFeatures(s.dependencies(), i, lemma, f);
        return f;
    }

    private static void dependencyFeatures(SemanticGraph g, int i, String lemma, List<String> f) {
        IndexedWord w = g.getNodeByIndexSafe(i + 1);
        if (w == null) return;
        SemanticGraphEdge in = g.getIncomingEdgesSorted(w).stream().findFirst().orElse(null);
        String rel = in == null ? "root" : in.getRelation().toString();
        f.add("rel=" + rel);
        f.add("rel+l=" + rel + "|" + lemma);
        if (in != null) {
            IndexedWord h = in.getGovernor();
            f.add("hp=" + h.tag());
            f.add("hl=" + lower(h.lemma()));
        }
        int children = 0;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            children++;
            f.add("ch=" + r);
            f.add("l+ch=" + lemma + "|" + r);
            if (r.equals("case") || r.equals("mark") || r.equals("compound:prt") || r.equals("fixed")) {
                f.add("ch=" + r + "|" + lower(e.getDependent().word()));
            }
            if (r.startsWith("nsubj")) f.add("subj=" + e.getDependent().tag());
        }
        f.add("nch=" + Math.min(children, 4));
        int depth = 0;
        for (IndexedWord x = w; x != null && depth < 6; x = g.getParent(x)) depth++;
        f.add("depth=" + depth);
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
