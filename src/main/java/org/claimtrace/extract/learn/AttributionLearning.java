package org.claimtrace.extract.learn;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.AttributionModels;
import org.claimtrace.extract.attribution.CueModel;
import org.claimtrace.extract.attribution.LinearModel;
import org.claimtrace.extract.attribution.SourceModel;

/**
 * Training and scoring of the attribution layer on PolNeAR: learn the cue lexicon, the cue
 * weights and the source weights from the train split, choose the cue threshold on the dev split
 * (the best source+content overlap F1 with precision at least {@link #MIN_PRECISION}), write the
 * resource files, and score any split. The test split is for an independent measurement: nothing
 * here reads it unless a user points {@code polnear score} at it.
 */
public final class AttributionLearning {
    public static final double MIN_PRECISION = 0.80;
    static final double CUE_SIGMA = 0.5;
    static final double SOURCE_SIGMA = 1.0;
    static final int MIN_FEATURE_COUNT = 5;
    static final double MIN_WEIGHT = 0.05;

    private AttributionLearning() {}

    /** Scores the finder on annotated examples. */
    public static AttributionScorer score(List<GoldArticle> examples, AttributionFinder finder) {
        AttributionScorer scorer = new AttributionScorer();
        for (GoldArticle ex : examples) scorer.add(ex.article(), ex.gold(), finder.find(ex.article()));
        return scorer;
    }

    /** What training gives: the weights, the lexicon with its counts, the threshold chosen and the dev figures behind it. */
    public record Trained(Map<String, Double> cueWeights, Map<String, Double> sourceWeights, Map<String, Double> lexicon,
                          Map<String, int[]> lexiconCounts, double threshold, List<String> sweep) {
        public AttributionModels models() {
            return new AttributionModels(new CueModel(new LinearModel(cueWeights, threshold), lexicon),
                    new SourceModel(new LinearModel(sourceWeights, 0.5)));
        }
    }

    /** Learns from {@code train}, chooses the threshold on {@code dev}. */
    public static Trained train(List<GoldArticle> train, List<GoldArticle> dev, PrintWriter progress) {
        Map<String, int[]> counts = CueTrainer.lexiconCounts(train);
        Map<String, Double> lexicon = CueTrainer.lexicon(counts);
        progress.printf("cue lexicon: %d candidate lemmas%n", lexicon.size());
        progress.flush();
        Map<String, Double> cues = LinearTrainer.train(CueTrainer.examples(train, lexicon), CUE_SIGMA, MIN_FEATURE_COUNT, MIN_WEIGHT);
        Map<String, Double> sources = LinearTrainer.train(SourceTrainer.examples(train), SOURCE_SIGMA, MIN_FEATURE_COUNT, MIN_WEIGHT);
        progress.printf("weights kept: %d cue features, %d source features%n", cues.size(), sources.size());
        progress.flush();
        List<String> sweep = new ArrayList<>();
        double best = 0.5;
        double bestF1 = -1;
        for (int i = 20; i <= 90; i += 5) {
            double t = i / 100.0;
            Trained candidate = new Trained(cues, sources, lexicon, counts, t, List.of());
            AttributionScorer.Count sc = score(dev, new AttributionFinder(candidate.models())).counts().get("source+content overlap");
            String line = String.format(Locale.ROOT, "threshold %.2f: source+content overlap P %.3f R %.3f F1 %.3f",
                    t, sc.precision(), sc.recall(), sc.f1());
            sweep.add(line);
            progress.println(line);
            progress.flush();
            if (sc.precision() >= MIN_PRECISION && sc.f1() > bestF1) {
                bestF1 = sc.f1();
                best = t;
            }
        }
        return new Trained(cues, sources, lexicon, counts, best, sweep);
    }

    private static final String HEADER = """
            # Derived from the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018;
            # github.com/networkdynamics/PolNeAR): learned on its train split (840 articles), threshold chosen on its dev split.
            # No text or annotation of the corpus is kept here: only %s.
            # Rebuild: claimtrace polnear train PATH-TO-PolNeAR (README, Evaluation). Built %s.""";

    /** Writes the lexicon and the weights, each with a header that says where they come from and how to rebuild them. */
    public static void write(Trained t, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> lex = new ArrayList<>();
        lex.add(HEADER.formatted("per-lemma counts", LocalDate.now()));
        lex.add("# lemma\tcue\toccurrences\trate");
        t.lexicon().keySet().stream().sorted().forEach(k -> {
            int[] c = t.lexiconCounts().get(k);
            lex.add(k + "\t" + c[0] + "\t" + c[1] + "\t" + String.format(Locale.ROOT, "%.4f", t.lexicon().get(k)));
        });
        Files.write(dir.resolve(AttributionModels.CUE_LEXICON), lex, StandardCharsets.UTF_8);
        writeWeights(dir.resolve(AttributionModels.CUE_WEIGHTS), t.cueWeights(), t.threshold(), "cue classifier");
        writeWeights(dir.resolve(AttributionModels.SOURCE_WEIGHTS), t.sourceWeights(), 0.5, "source chooser");
    }

    private static void writeWeights(Path file, Map<String, Double> weights, double threshold, String what) throws IOException {
        List<String> w = new ArrayList<>();
        w.add(HEADER.formatted("the logistic-regression weights of the " + what + "'s feature strings", LocalDate.now()));
        w.add(String.format(Locale.ROOT, "# threshold\t%.2f", threshold));
        weights.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())).thenComparing(Map.Entry::getKey))
                .forEach(e -> w.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue())));
        Files.write(file, w, StandardCharsets.UTF_8);
    }
}
