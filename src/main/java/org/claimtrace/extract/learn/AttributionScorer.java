package org.claimtrace.extract.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.attribution.Attribution;
import org.claimtrace.extract.learn.PolnearCorpus.GoldAttribution;

/**
 * Scores attributions against gold with the measures of the attribution literature (Pareti 2016;
 * Newell et al. 2018; Citron): for source, cue and content, exact and overlap precision, recall and
 * F1, and source+content overlap ("who said what": a predicted attribution is right when its
 * content overlaps a gold content and its source overlaps that attribution's source, or neither
 * has one). Spans are compared as sets of tokens without punctuation, so a closing period or
 * comma on one side does not decide an exact match. An overlap match counts once on each side:
 * precision is the share of predicted spans that match some gold span, recall the share of gold
 * spans matched by some prediction.
 */
public final class AttributionScorer {
    /** Counts for one measure. */
    public static final class Count {
        int predictedRight;
        int predicted;
        int goldFound;
        int gold;

        public double precision() {
            return predicted == 0 ? 0 : (double) predictedRight / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int predicted() {
            return predicted;
        }

        public int gold() {
            return gold;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();
    /** Predictions without a who-said-what match and gold attributions without one, for error analysis. */
    private final List<String> misses = new ArrayList<>();

    public List<String> misses() {
        return misses;
    }

    public AttributionScorer() {
        for (String role : List.of("source", "cue", "content")) {
            counts.put(role + " exact", new Count());
            counts.put(role + " overlap", new Count());
        }
        counts.put("source+content overlap", new Count());
    }

    public Map<String, Count> counts() {
        return counts;
    }

    /** Token sets of one attribution's roles in an article: {source, cue, content}. */
    private record Roles(Set<Integer> source, Set<Integer> cue, Set<Integer> content) {}

    public void add(AnnotatedArticle article, List<GoldAttribution> gold, List<Attribution> predicted) {
        TokenIndex idx = new TokenIndex(article);
        List<Roles> g = new ArrayList<>();
        for (GoldAttribution a : gold) g.add(new Roles(idx.tokens(a.source()), idx.tokens(a.cue()), idx.tokens(a.content())));
        List<Roles> p = new ArrayList<>();
        for (Attribution a : predicted) {
            p.add(new Roles(a.source() == null ? Set.of() : idx.tokens(a.source().begin(), a.source().end()),
                    idx.tokens(a.cue().begin(), a.cue().end()), idx.tokens(a.content().begin(), a.content().end())));
        }
        role(g, p, "source", Roles::source);
        role(g, p, "cue", Roles::cue);
        role(g, p, "content", Roles::content);
        Count sc = counts.get("source+content overlap");
        sc.predicted += p.size();
        sc.gold += g.size();
        String text = article.article().text();
        for (int i = 0; i < p.size(); i++) {
            Roles x = p.get(i);
            if (g.stream().anyMatch(y -> whoSaidWhat(x, y))) sc.predictedRight++;
            else {
                Attribution a = predicted.get(i);
                Roles sameCue = g.stream().filter(y -> overlaps(x.cue(), y.cue())).findFirst().orElse(null);
                String why = sameCue == null ? "no-gold-cue"
                        : (overlaps(x.content(), sameCue.content()) ? "content-ok" : "content-bad") + ","
                        + (sameCue.source().isEmpty() ? (x.source().isEmpty() ? "source-ok" : "gold-no-source")
                        : x.source().isEmpty() ? "no-source" : overlaps(x.source(), sameCue.source()) ? "source-ok" : "source-bad");
                misses.add("EXTRA " + why + " " + a.rule() + " | src=" + (a.source() == null ? "-" : a.source().text()) + " | cue=" + a.cue().text()
                        + " | content=" + a.content().text() + "\n   in: " + sentenceOf(article, a.cue().begin()));
            }
        }
        for (int i = 0; i < g.size(); i++) {
            Roles y = g.get(i);
            if (p.stream().anyMatch(x -> whoSaidWhat(x, y))) sc.goldFound++;
            else {
                GoldAttribution a = gold.get(i);
                misses.add("MISSED src=" + frag(text, a.source()) + " | cue=" + frag(text, a.cue()) + " | content="
                        + frag(text, a.content()) + "\n   in: " + sentenceOf(article, a.cue().get(0)[0]));
            }
        }
    }

    private static String frag(String text, List<int[]> f) {
        return f.isEmpty() ? "-" : String.join(" ... ", f.stream().map(x -> text.substring(x[0], x[1])).toList());
    }

    private static String sentenceOf(AnnotatedArticle a, int offset) {
        for (AnnotatedSentence s : a.sentences()) if (s.begin() <= offset && offset < s.end() + 1) return s.text();
        return "?";
    }

    /** Which of the predictions say who said what as some gold attribution does (source+content overlap). */
    public static boolean[] right(AnnotatedArticle article, List<GoldAttribution> gold, List<Attribution> predicted) {
        TokenIndex idx = new TokenIndex(article);
        List<Roles> g = new ArrayList<>();
        for (GoldAttribution a : gold) g.add(new Roles(idx.tokens(a.source()), idx.tokens(a.cue()), idx.tokens(a.content())));
        boolean[] out = new boolean[predicted.size()];
        for (int i = 0; i < out.length; i++) {
            Attribution a = predicted.get(i);
            Roles x = new Roles(a.source() == null ? Set.of() : idx.tokens(a.source().begin(), a.source().end()),
                    idx.tokens(a.cue().begin(), a.cue().end()), idx.tokens(a.content().begin(), a.content().end()));
            out[i] = g.stream().anyMatch(y -> whoSaidWhat(x, y));
        }
        return out;
    }

    private static boolean whoSaidWhat(Roles p, Roles g) {
        if (!overlaps(p.content(), g.content())) return false;
        if (g.source().isEmpty() || p.source().isEmpty()) return g.source().isEmpty() && p.source().isEmpty();
        return overlaps(p.source(), g.source());
    }

    private void role(List<Roles> gold, List<Roles> pred, String role, java.util.function.Function<Roles, Set<Integer>> get) {
        List<Set<Integer>> g = gold.stream().map(get).filter(x -> !x.isEmpty()).toList();
        List<Set<Integer>> p = pred.stream().map(get).filter(x -> !x.isEmpty()).toList();
        Count exact = counts.get(role + " exact");
        Count overlap = counts.get(role + " overlap");
        exact.predicted += p.size();
        overlap.predicted += p.size();
        exact.gold += g.size();
        overlap.gold += g.size();
        for (Set<Integer> x : p) {
            if (g.contains(x)) exact.predictedRight++;
            if (g.stream().anyMatch(y -> overlaps(x, y))) overlap.predictedRight++;
        }
        for (Set<Integer> y : g) {
            if (p.contains(y)) exact.goldFound++;
            if (p.stream().anyMatch(x -> overlaps(x, y))) overlap.goldFound++;
        }
    }

    private static boolean overlaps(Set<Integer> a, Set<Integer> b) {
        for (int i : a) if (b.contains(i)) return true;
        return false;
    }

    public String table() {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-24s %9s %9s %9s %7s %7s%n",
                "measure", "precision", "recall", "f1", "pred", "gold"));
        counts.forEach((k, c) -> b.append(String.format(Locale.ROOT, "%-24s %9.3f %9.3f %9.3f %7d %7d%n",
                k, c.precision(), c.recall(), c.f1(), c.predicted, c.gold)));
        return b.toString();
    }

    /** Article tokens by character offset; punctuation left out. */
    static final class TokenIndex {
        private final List<int[]> tokens = new ArrayList<>();

        TokenIndex(AnnotatedArticle a) {
            for (AnnotatedSentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    if (!isPunctuation(t)) tokens.add(new int[] {t.begin(), t.end(), s.index() * 10_000 + t.index()});
                }
            }
        }

        Set<Integer> tokens(List<int[]> fragments) {
            Set<Integer> out = new HashSet<>();
            for (int[] f : fragments) out.addAll(tokens(f[0], f[1]));
            return out;
        }

        Set<Integer> tokens(int begin, int end) {
            Set<Integer> out = new HashSet<>();
            for (int[] t : tokens) if (t[0] < end && begin < t[1]) out.add(t[2]);
            return out;
        }

        private static boolean isPunctuation(Token t) {
            return !t.word().chars().anyMatch(Character::isLetterOrDigit);
        }
    }
}
