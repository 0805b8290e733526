package org.claimtrace.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.claimtrace.extract.BlameCandidate;
import org.claimtrace.extract.BlameDecision;
import org.claimtrace.extract.Fact;
import org.claimtrace.extract.RuleExtractor;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.AttributionModels;
import org.claimtrace.extract.attribution.LinearModel;
import org.claimtrace.ingest.Pipelines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learned blame decision: what it decides, how it is trained from annotated articles, and the shipped weights. */
class BlameTrainerTest {
    private static BlameCandidate candidate(List<String> features) {
        return new BlameCandidate(null, null, null, Fact.Certainty.ASSERTED, features);
    }

    @Test
    void theModelKeepsACandidateAtOrAboveItsThresholdWithItsProbability() {
        LinearModel m = new LinearModel(Map.of("bias", -1.0, "cue=accuse", 3.0), 0.5);
        BlameDecision d = BlameDecision.of(m);
        assertTrue(d.score(candidate(List.of("bias", "cue=say"))) < 0);
        assertEquals(1 / (1 + Math.exp(-2.0)), d.score(candidate(List.of("bias", "cue=accuse"))), 1e-9);
        assertTrue(BlameDecision.recording(new java.util.ArrayList<>()).score(candidate(List.of("bias", "cue=accuse"))) < 0,
                "training records and keeps nothing");
    }

    @Test
    void aDocumentsFoldDependsOnItsNameAndTheShuffleAloneAndTheFoldsAreBalanced() {
        int[] sizes = new int[5];
        for (int i = 0; i < 1000; i++) {
            int f = BlameTrainer.foldOf("part/doc-" + i + ".txt", 17);
            assertEquals(f, BlameTrainer.foldOf("part/doc-" + i + ".txt", 17));
            sizes[f]++;
        }
        for (int n : sizes) assertTrue(n > 150 && n < 250, java.util.Arrays.toString(sizes));
        long moved = java.util.stream.IntStream.range(0, 1000)
                .filter(i -> BlameTrainer.foldOf("part/doc-" + i + ".txt", 17) != BlameTrainer.foldOf("part/doc-" + i + ".txt", 18)).count();
        assertTrue(moved > 600, "another shuffle moves most documents: " + moved);
    }

    @Test
    void theShippedWeightsSayWhereTheyComeFrom() throws Exception {
        List<String> lines = new String(BlameDecision.class.getResourceAsStream(BlameDecision.RESOURCE).readAllBytes()).lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("#   claimtrace blame train ")), lines.get(0));
        LinearModel m = BlameDecision.shippedModel();
        assertTrue(m.threshold() > 0 && m.threshold() < 1, "threshold " + m.threshold());
        assertTrue(m.weights().size() >= 10, m.weights().toString());
        assertTrue(m.weights().keySet().stream().noneMatch(f -> f.contains("Putin") || f.contains("Moscow")), "features name no entity");
    }

    @Test
    void candidatesOfRealNewsAreLabelledByTheGoldAndLearnedFrom(@TempDir Path dir) throws Exception {
        BlameTrainer trainer = new BlameTrainer(Pipelines.nlp(), RuleExtractor.rules(), new AttributionFinder(AttributionModels.load()));
        StringWriter log = new StringWriter();
        List<BlameTrainer.Annotated> dev = List.of(BlameTrainer.Annotated.parse("src/test/resources/realnews/dev"));
        List<BlameTrainer.Example> examples = trainer.examples(dev, new PrintWriter(log));
        assertTrue(log.toString().contains("dev: 34 articles"), log.toString());
        // a party named in what a source says that the gold has the source blame
        assertTrue(examples.stream().anyMatch(e -> e.positive() && e.speaker().contains("Pasricha") && e.party().equals("Lashkar-e-Taiba")),
                examples.toString());
        assertTrue(examples.stream().anyMatch(e -> !e.positive()), "places and channels named in statements are no blame");
        assertTrue(examples.stream().allMatch(e -> e.features().contains("bias") && e.features().stream().anyMatch(f -> f.startsWith("cue="))),
                "every candidate has its cue");

        LinearModel m = BlameTrainer.train(examples, 1.0);
        double yes = examples.stream().filter(BlameTrainer.Example::positive).mapToDouble(e -> m.probability(e.features())).average().orElseThrow();
        double no = examples.stream().filter(e -> !e.positive()).mapToDouble(e -> m.probability(e.features())).average().orElseThrow();
        assertTrue(yes > no, yes + " <= " + no);

        Path out = dir.resolve("w.tsv");
        BlameTrainer.write(m, dev, examples.size(), out);
        LinearModel back = LinearModel.parse(Files.readAllLines(out));
        assertEquals(m.threshold(), back.threshold(), 1e-9);
        assertEquals(m.weights().keySet(), back.weights().keySet());
    }
}
