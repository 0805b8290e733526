package org.claimtrace.extract.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.attribution.CueFeatures;
import org.claimtrace.extract.attribution.CueModel;
import org.claimtrace.extract.attribution.LinearModel;
import org.claimtrace.extract.learn.PolnearCorpus.GoldAttribution;

/**
 * Learns the cue model: first the cue lexicon (each lemma's count as a cue and in all; lemmas
 * that were a cue often enough become candidates), then the weights over the candidates'
 * {@link CueFeatures}, each candidate token labelled by whether a gold cue covers it.
 */
final class CueTrainer {
    /** A lemma becomes a candidate when it was a cue at least this often... */
    static final int MIN_CUE_COUNT = 2;
    /** ...and in at least this share of its occurrences. */
    static final double MIN_CUE_RATE = 0.02;

    private CueTrainer() {}

    /** Per lemma: {times a cue, occurrences}. */
    static Map<String, int[]> lexiconCounts(List<GoldArticle> examples) {
        Map<String, int[]> counts = new TreeMap<>();
        for (GoldArticle ex : examples) {
            for (AnnotatedSentence s : ex.article().sentences()) {
                for (Token t : s.tokens()) {
                    if (!t.word().chars().anyMatch(Character::isLetter)) continue;
                    int[] c = counts.computeIfAbsent(key(t), k -> new int[2]);
                    c[1]++;
                    if (inCue(ex.gold(), t)) c[0]++;
                }
            }
        }
        return counts;
    }

    /** The candidates and their rate of being a cue. */
    static Map<String, Double> lexicon(Map<String, int[]> counts) {
        Map<String, Double> out = new TreeMap<>();
        counts.forEach((k, c) -> {
            double rate = (double) c[0] / c[1];
            if (c[0] >= MIN_CUE_COUNT && rate >= MIN_CUE_RATE) out.put(k, rate);
        });
        return out;
    }

    static List<LinearTrainer.Example> examples(List<GoldArticle> examples, Map<String, Double> lexicon) {
        CueModel model = new CueModel(new LinearModel(Map.of(), 0.5), lexicon);
        List<LinearTrainer.Example> out = new ArrayList<>();
        for (GoldArticle ex : examples) {
            for (AnnotatedSentence s : ex.article().sentences()) {
                if (!s.parsed()) continue;
                for (Token t : s.tokens()) {
                    if (model.candidate(t)) out.add(new LinearTrainer.Example(CueFeatures.of(s, t.index()), inCue(ex.gold(), t)));
                }
            }
        }
        return out;
    }

    static boolean inCue(List<GoldAttribution> gold, Token t) {
        for (GoldAttribution g : gold) {
            for (int[] f : g.cue()) if (t.begin() < f[1] && f[0] < t.end()) return true;
        }
        return false;
    }

    static String key(Token t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }
}
