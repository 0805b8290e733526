package org.claimtrace.extract.learn;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.Roles;
import org.claimtrace.extract.attribution.SourceFeatures;
import org.claimtrace.extract.learn.PolnearCorpus.GoldAttribution;

/**
 * Learning data for the source model: for each gold attribution whose cue lies in one parsed
 * sentence, every candidate source of that sentence, positive when it is the head of the gold
 * source (the token of the span whose own head lies outside it), and the "no source" choice,
 * positive when the gold has no source in the sentence.
 */
final class SourceTrainer {
    private SourceTrainer() {}

    static List<LinearTrainer.Example> examples(List<GoldArticle> examples) {
        List<LinearTrainer.Example> out = new ArrayList<>();
        for (GoldArticle ex : examples) {
            for (GoldAttribution g : ex.gold()) {
                AnnotatedSentence s = sentenceOf(ex, g.cue());
                if (s == null || !s.parsed()) continue;
                Set<Integer> cueTokens = tokens(s, g.cue());
                if (cueTokens.isEmpty()) continue;
                int cue = AttributionFinder.head(s.dependencies(), cueTokens);
                Set<Integer> span = AttributionFinder.cueSpan(s, cue, cueTokens);
                int rulePick = Roles.of(s, cue, span).sourceToken();
                int goldHead = head(s, tokens(s, g.source()));
                out.add(new LinearTrainer.Example(SourceFeatures.none(s, cue, rulePick), goldHead < 0));
                for (int i = 0; i < s.tokens().size(); i++) {
                    if (SourceFeatures.candidate(s, i, span)) {
                        out.add(new LinearTrainer.Example(SourceFeatures.of(s, cue, i, rulePick), i == goldHead));
                    }
                }
            }
        }
        return out;
    }

    /** The sentence holding all of a span's fragments, or null. */
    static AnnotatedSentence sentenceOf(GoldArticle ex, List<int[]> fragments) {
        for (AnnotatedSentence s : ex.article().sentences()) {
            boolean all = true;
            for (int[] f : fragments) all &= f[0] >= s.begin() && f[1] <= s.end() + 1;
            if (all) return s;
        }
        return null;
    }

    static Set<Integer> tokens(AnnotatedSentence s, List<int[]> fragments) {
        Set<Integer> out = new TreeSet<>();
        for (Token t : s.tokens()) {
            for (int[] f : fragments) if (t.begin() < f[1] && f[0] < t.end()) out.add(t.index());
        }
        return out;
    }

    /** The token of the set whose head lies outside it, or -1. */
    static int head(AnnotatedSentence s, Set<Integer> tokens) {
        if (tokens.isEmpty()) return -1;
        SemanticGraph g = s.dependencies();
        for (int i : tokens) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            IndexedWord p = w == null ? null : g.getParent(w);
            if (w != null && (p == null || !tokens.contains(p.index() - 1))) return i;
        }
        return -1;
    }
}
