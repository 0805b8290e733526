package org.claimtrace.extract.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;

/**
 * Features of a (cue, candidate source) pair for the source model: the dependency path between
 * them (the strongest evidence: "vnsubj", "^advclvnsubj" for "..., saying"; v goes down to a dependent, ^ up to a head), the path with the
 * cue's lemma and tag, which side and how far the candidate stands, its tag, NER class and
 * relation, and whether a quotation separates them. The "no source" choice has features of its
 * own (a passive cue, a cue in a noun phrase), so the model can prefer it.
 */
public final class SourceFeatures {
    /** Candidate sources: heads of noun phrases and pronouns. */
    public static boolean candidate(AnnotatedSentence s, int i, Set<Integer> cueTokens) {
        if (cueTokens.contains(i)) return false;
        String pos = s.tokens().get(i).pos();
        if (!(pos.startsWith("NN") || pos.equals("PRP") || pos.equals("PRP$") || pos.equals("WP") || pos.equals("WDT"))) return false;
        IndexedWord w = s.dependencies().getNodeByIndexSafe(i + 1);
        if (w == null) return false;
        String rel = Roles.rel(s.dependencies(), w);
        return !(rel.equals("compound") || rel.equals("flat") || rel.equals("fixed"));
    }

    private SourceFeatures() {}

    /** @param rulePick the source the dependency shapes of {@link Roles} chose, or -1 */
    public static List<String> of(AnnotatedSentence s, int cue, int cand, int rulePick) {
        SemanticGraph g = s.dependencies();
        List<Token> t = s.tokens();
        Token c = t.get(cue);
        Token x = t.get(cand);
        String cueLemma = CueFeatures.lower(c.lemma());
        List<String> f = new ArrayList<>(24);
        String path = path(g, cue, cand);
        f.add("path=" + path);
        if (cand == rulePick) f.add("rule-pick");
        f.add("path+cuep=" + path + "|" + c.pos().charAt(0));
        f.add("path+cuel=" + path + "|" + cueLemma);
        f.add("dir=" + (cand < cue ? "L" : "R"));
        int d = Math.abs(cand - cue);
        String dist = d <= 3 ? String.valueOf(d) : d <= 6 ? "4-6" : d <= 12 ? "7-12" : "13+";
        f.add("dist=" + dist);
        f.add("dir+dist=" + (cand < cue ? "L" : "R") + dist);
        f.add("pos=" + x.pos());
        if (!"O".equals(x.ner())) f.add("ner=" + x.ner());
        if (x.pos().startsWith("PRP") || x.pos().startsWith("W")) f.add("pron=" + CueFeatures.lower(x.word()));
        IndexedWord xw = g.getNodeByIndexSafe(cand + 1);
        f.add("rel=" + (xw == null ? "?" : Roles.rel(g, xw)));
        int quotes = 0;
        for (int k = Math.min(cue, cand) + 1; k < Math.max(cue, cand); k++) if (Quotes.isMark(t.get(k).word())) quotes++;
        if (quotes > 0) f.add("quote-between");
        int verbs = 0;
        for (int k = Math.min(cue, cand) + 1; k < Math.max(cue, cand); k++) if (t.get(k).pos().startsWith("VB")) verbs++;
        f.add("verbs-between=" + Math.min(verbs, 3));
        return f;
    }

    /** The features of choosing no source for this cue. */
    public static List<String> none(AnnotatedSentence s, int cue, int rulePick) {
        SemanticGraph g = s.dependencies();
        Token c = s.tokens().get(cue);
        List<String> f = new ArrayList<>();
        f.add("none");
        if (rulePick < 0) f.add("none|rule-pick");
        f.add("none|cuep=" + c.pos());
        f.add("none|cuel=" + CueFeatures.lower(c.lemma()));
        IndexedWord w = g.getNodeByIndexSafe(cue + 1);
        if (w != null) {
            f.add("none|rel=" + Roles.rel(g, w));
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String r = e.getRelation().toString();
                if (r.equals("aux:pass") || r.startsWith("nsubj") || r.equals("expl")) f.add("none|has=" + r);
            }
        }
        return f;
    }

    /** The relations from the cue to the candidate, "^" going up to a head, "v" down to a dependent; "far" past four steps. */
    static String path(SemanticGraph g, int from, int to) {
        IndexedWord a = g.getNodeByIndexSafe(from + 1);
        IndexedWord b = g.getNodeByIndexSafe(to + 1);
        if (a == null || b == null) return "none";
        List<SemanticGraphEdge> edges = g.getShortestUndirectedPathEdges(a, b);
        if (edges == null) return "none";
        if (edges.size() > 4) return "far";
        StringBuilder p = new StringBuilder();
        IndexedWord at = a;
        for (SemanticGraphEdge e : edges) {
            String r = e.getRelation().toString();
            if (e.getGovernor().equals(at)) {
                p.append('v').append(r);
                at = e.getDependent();
            } else {
                p.append('^').append(r);
                at = e.getGovernor();
            }
        }
        return p.toString();
    }
}
