package org.claimtrace.extract.learn;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.eval.Gold;
import org.claimtrace.eval.Score;
import org.claimtrace.extract.BlameCandidate;
import org.claimtrace.extract.BlameDecision;
import org.claimtrace.extract.RuleBook;
import org.claimtrace.extract.RuleExtractor;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.LinearModel;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;

/**
 * Learns which blame candidates are blame ({@link BlameDecision}) from annotated real news:
 * folders of articles with a gold.json in the format of seeds-gold.json. Every candidate the
 * extractor finds in what a source says is an example; it is positive when the document's gold
 * has an attribution by the speaker's identity to the party's identity (names matched through the
 * gold's aliases, as the evaluation matches them). The threshold is chosen out of fold (the
 * documents in {@value #FOLDS} folds, each scored by a model trained on the others, over {@value
 * #SHUFFLES} shuffles of the documents with fixed seeds, pooled: one split of a few hundred
 * documents with some hundred positives moves F1 by several points), the shipped weights are then
 * trained on all documents.
 */
public final class BlameTrainer {
    /** The threshold keeps at least this share of the parties it accepts right, out of fold: the learned parties add to precise rules, and users judge blame by its precision. */
    private static final double MIN_PRECISION = 0.6;
    private static final int FOLDS = 5;
    private static final int SHUFFLES = 4;

    private final NlpPipeline nlp;
    private final RuleBook rules;
    private final AttributionFinder finder;

    public BlameTrainer(NlpPipeline nlp, RuleBook rules, AttributionFinder finder) {
        this.nlp = nlp;
        this.rules = rules;
        this.finder = finder;
    }

    /** A candidate with its gold label, and the document it came from. */
    public record Example(String document, String speaker, String party, List<String> features, boolean positive) {}

    /** Candidate-level precision, recall and F1 at a threshold. */
    public record Checked(Score score, double threshold) {
        @Override
        public String toString() {
            return "P %.3f R %.3f F1 %.3f (%d right of %d kept, %d blame candidates; threshold %.2f)".formatted(score.precision(),
                    score.recall(), score.f1(), score.truePositives(), score.predicted(), score.gold(), threshold);
        }
    }

    /** A folder of articles and the gold file that annotates them. */
    public record Annotated(Path folder, Path gold) {
        /** "DIR" (its gold.json) or "DIR=GOLD". */
        public static Annotated parse(String arg) {
            int eq = arg.indexOf('=');
            return eq < 0 ? new Annotated(Path.of(arg), Path.of(arg).resolve("gold.json"))
                    : new Annotated(Path.of(arg.substring(0, eq)), Path.of(arg.substring(eq + 1)));
        }

        @Override
        public String toString() {
            return gold.equals(folder.resolve("gold.json")) ? folder.toString() : folder + "=" + gold;
        }
    }

    /** The examples of annotated folders. */
    public List<Example> examples(List<Annotated> sets, PrintWriter progress) throws IOException {
        List<Example> out = new ArrayList<>();
        for (Annotated set : sets) {
            Path folder = set.folder();
            Gold gold = Gold.load(set.gold());
            List<Article> articles = new ArticleReader().read(List.of(folder)).articles();
            for (Article a : articles) {
                String name = Path.of(a.sourceName()).getFileName().toString();
                Gold.Doc doc = gold.docs().get(name);
                if (doc == null) continue;
                AnnotatedArticle annotated = nlp.annotate(a);
                List<BlameCandidate> candidates = new ArrayList<>();
                new RuleExtractor(rules, finder, BlameDecision.recording(candidates)).extract(annotated);
                for (BlameCandidate c : candidates) {
                    out.add(new Example(folder.getFileName() + "/" + name, c.speaker().text(), c.party().text(), c.features(),
                            blames(gold, doc, c)));
                }
            }
            progress.printf("%s: %d articles, %d candidates so far%n", folder, articles.size(), out.size());
            progress.flush();
        }
        return out;
    }

    /** Whether the gold document holds an attribution by the candidate's speaker to its party. */
    private static boolean blames(Gold gold, Gold.Doc doc, BlameCandidate c) {
        List<String> speakers = gold.idsByAlias().getOrDefault(Gold.norm(c.speaker().text()), List.of());
        List<String> parties = gold.idsByAlias().getOrDefault(Gold.norm(c.party().text()), List.of());
        for (List<String> a : doc.attributions()) {
            if (speakers.contains(a.get(0)) && parties.contains(a.get(1))) return true;
        }
        return false;
    }

    /**
     * A model trained on all examples, its candidate-level score out of fold at the threshold it
     * chose (pooled over the shuffles, so each candidate counts once per shuffle), and the lowest and
     * highest F1 of one shuffle at that threshold.
     */
    public record Trained(LinearModel model, Checked outOfFold, double shuffleF1Low, double shuffleF1High) {
        @Override
        public String toString() {
            return "%s; F1 of one shuffle %.3f to %.3f (%d folds of the documents, %d shuffles)".formatted(outOfFold, shuffleF1Low,
                    shuffleF1High, FOLDS, SHUFFLES);
        }
    }

    /** Trains on all examples, with the threshold of best out-of-fold F1. */
    public static LinearModel train(List<Example> examples, double sigma) {
        return trainChecked(examples, sigma).model();
    }

    /** Trains on all examples, with the threshold of best out-of-fold F1, and keeps that out-of-fold score. */
    public static Trained trainChecked(List<Example> examples, double sigma) {
        List<List<double[]>> shuffles = outOfFold(examples, sigma);
        List<double[]> pooled = shuffles.stream().flatMap(List::stream).toList();
        double best = 0.5;
        double bestF1 = -1;
        for (double t = 0.1; t < 0.91; t += 0.05) {
            Score s = score(pooled, t).score();
            if (s.precision() >= MIN_PRECISION && s.f1() > bestF1) {
                bestF1 = s.f1();
                best = t;
            }
        }
        double threshold = Math.round(best * 100) / 100.0;
        var f1 = shuffles.stream().mapToDouble(x -> score(x, threshold).score().f1()).summaryStatistics();
        return new Trained(fit(examples, threshold, sigma), score(pooled, threshold), f1.getMin(), f1.getMax());
    }

    /**
     * For each shuffle of the documents (fixed seeds), each example's probability under the model fit
     * on the folds without its document, with its label.
     */
    private static List<List<double[]>> outOfFold(List<Example> examples, double sigma) {
        List<String> docs = examples.stream().map(Example::document).distinct().sorted().toList();
        List<List<double[]>> out = new ArrayList<>();
        for (int shuffle = 0; shuffle < SHUFFLES; shuffle++) {
            Map<String, Integer> foldOf = new java.util.HashMap<>();
            for (String d : docs) foldOf.put(d, foldOf(d, 17 + shuffle));
            List<double[]> scored = new ArrayList<>();
            for (int fold = 0; fold < FOLDS; fold++) {
                int f = fold;
                List<Example> in = examples.stream().filter(e -> foldOf.get(e.document()) != f).toList();
                LinearModel m = fit(in, 0.5, sigma);
                for (Example e : examples) {
                    if (foldOf.get(e.document()) == f) scored.add(new double[] {m.probability(e.features()), e.positive() ? 1 : 0});
                }
            }
            out.add(scored);
        }
        return out;
    }

    /**
     * A document's fold in one shuffle, from its name and the shuffle's seed alone: adding or
     * dropping a document moves no other between folds, so estimates of two versions of the
     * candidates compare (a shuffled list moved every document when one was added).
     */
    static int foldOf(String document, long seed) {
        long z = document.hashCode() * 0x9E3779B97F4A7C15L + seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) Math.floorMod(z ^ (z >>> 31), (long) FOLDS);
    }

    private static LinearModel fit(List<Example> examples, double threshold, double sigma) {
        List<LinearTrainer.Example> data = examples.stream().map(e -> new LinearTrainer.Example(e.features(), e.positive())).toList();
        return new LinearModel(LinearTrainer.train(data, sigma, 2, 0.01), threshold);
    }

    /** The model's candidate-level score on examples. */
    public static Checked score(LinearModel m, List<Example> examples) {
        List<double[]> scored = examples.stream().map(e -> new double[] {m.probability(e.features()), e.positive() ? 1 : 0}).toList();
        return score(scored, m.threshold());
    }

    private static Checked score(Collection<double[]> scored, double t) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        for (double[] s : scored) {
            boolean yes = s[0] >= t;
            if (yes) predicted++;
            if (s[1] > 0) gold++;
            if (yes && s[1] > 0) tp++;
        }
        return new Checked(new Score("blame candidates", tp, predicted, gold), t);
    }

    /** Writes the model in {@link LinearModel}'s form, with a header saying where it comes from. */
    public static void write(LinearModel m, List<Annotated> folders, int examples, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# Blame in what sources say: logistic weights over the features of org.claimtrace.extract.BlameCandidates.");
        lines.add("# Learned from the annotated real news of " + folders.stream().map(Annotated::toString).sorted().toList() + " ("
                + examples + " candidates), labelled by their gold.json; rebuild with:");
        lines.add("#   claimtrace blame train " + String.join(" ", folders.stream().map(Annotated::toString).sorted().toList()));
        lines.add("# threshold\t" + m.threshold());
        Map<String, Double> sorted = new TreeMap<>(m.weights());
        sorted.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, Double> e) -> -Math.abs(e.getValue())))
                .forEach(e -> lines.add(e.getKey() + "\t" + "%.4f".formatted(e.getValue())));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    /** Writes each example as a line: document, speaker, party, label, the model's probability, features. */
    public static void dump(LinearModel m, List<Example> examples, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("document\tspeaker\tparty\tgold\tprobability\tfeatures");
        for (Example e : examples) {
            lines.add(String.join("\t", e.document(), e.speaker(), e.party(), e.positive() ? "blame" : "-",
                    "%.3f".formatted(m.probability(e.features())), String.join(" ", e.features())));
        }
        Files.write(file, lines);
    }

    /** The documents of the examples, for reports. */
    public static Set<String> documents(List<Example> examples) {
        return Set.copyOf(examples.stream().map(Example::document).toList());
    }
}
