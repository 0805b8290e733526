package org.claimtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.AttributionModels;
import org.claimtrace.extract.learn.AnnotatedCorpus;
import org.claimtrace.extract.learn.AttributionLearning;
import org.claimtrace.extract.learn.AttributionScorer;
import org.claimtrace.extract.learn.GoldArticle;
import org.claimtrace.extract.learn.PolnearCorpus;
import org.claimtrace.ingest.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Learning and scoring the attribution layer on a local copy of the PolNeAR corpus. */
@Command(name = "polnear", mixinStandardHelpOptions = true,
        description = "Learns the attribution layer (cue lexicon, cue and source models) from a local copy of the PolNeAR corpus "
                + "(github.com/networkdynamics/PolNeAR; its texts have no licence, so claimtrace ships none), or scores it on a split.",
        subcommands = {PolnearCmd.Train.class, PolnearCmd.Score.class},
        footerHeading = "%nExample:%n", footer = {"  claimtrace polnear score ~/PolNeAR/data/dev --cache ~/polnear-cache"})
final class PolnearCmd {

    static final class Common {
        @Option(names = "--cache", paramLabel = "DIR", description = "keeps CoreNLP's annotations of the texts here, so later runs skip the parser "
                + "(outside the repository: they derive from the corpus)")
        Path cache;

        @Option(names = "--threads", paramLabel = "N", description = "articles annotated at once (default: all cores)")
        int threads = Runtime.getRuntime().availableProcessors();

        List<GoldArticle> annotate(Path split, PrintWriter err) {
            if (!Files.isDirectory(split)) throw new UserError(split + " is not a folder");
            try {
                List<PolnearCorpus.Document> docs = PolnearCorpus.read(split);
                err.printf("%s: %d articles%n", split, docs.size());
                return AnnotatedCorpus.annotate(docs, Pipelines.nlpFullParse(), cache, threads, err);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
        }
    }

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Learns the cue lexicon, the cue weights and the source weights from PATH/data/train, chooses the cue "
                    + "threshold on PATH/data/dev (best source+content overlap F1 with precision at least 0.80), writes the three "
                    + "resource files and prints the dev scores.",
            footerHeading = "%nExample:%n", footer = {"  claimtrace polnear train ~/PolNeAR --cache ~/polnear-cache"})
    static final class Train implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "src/main/resources/org/claimtrace/extract/attribution",
                description = "where the resource files go (default: ${DEFAULT-VALUE})")
        Path out;
        @picocli.CommandLine.Mixin Common common;
        @Parameters(paramLabel = "PATH", description = "the PolNeAR repository (holding data/train and data/dev)")
        Path corpus;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            List<GoldArticle> train = common.annotate(corpus.resolve("data/train"), err);
            List<GoldArticle> dev = AnnotatedCorpus.asParsedBy(common.annotate(corpus.resolve("data/dev"), err), Pipelines.parseNeeded());
            AttributionLearning.Trained t = AttributionLearning.train(train, dev, err);
            AttributionLearning.write(t, out);
            err.printf("cue threshold %.2f, acceptor threshold %.2f; wrote %s under %s%n", t.threshold(), t.acceptThreshold(), AttributionModels.FILES, out);
            PrintWriter o = spec.commandLine().getOut();
            o.print(AttributionLearning.score(dev, new AttributionFinder(t.models())).table());
            o.flush();
            return 0;
        }
    }

    @Command(name = "score", mixinStandardHelpOptions = true,
            description = "Scores the attribution layer on a PolNeAR split folder (the one holding text/ and attributions/): "
                    + "precision, recall and F1 of source, cue and content spans, exact and overlapping, and of source+content "
                    + "overlap (who said what).",
            footerHeading = "%nExample:%n", footer = {"  claimtrace polnear score ~/PolNeAR/data/dev"})
    static final class Score implements Callable<Integer> {
        @Spec CommandSpec spec;
        @picocli.CommandLine.Mixin Common common;
        @Parameters(paramLabel = "SPLIT", description = "a split folder, e.g. PolNeAR/data/dev")
        Path split;
        @Option(names = "--threshold", paramLabel = "P", description = "the cue model's decision threshold (default: the one shipped)")
        Double threshold;
        @Option(names = "--model", paramLabel = "DIR", description = "a model trained elsewhere (the folder 'train --out' wrote) instead of the shipped one")
        Path modelDir;
        @Option(names = "--misses", paramLabel = "FILE", description = "writes every unmatched prediction and gold attribution there, for error analysis")
        Path missesFile;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            // annotated with every sentence parsed (the cache's form), then as ingest parses them
            List<GoldArticle> examples = AnnotatedCorpus.asParsedBy(common.annotate(split, err), Pipelines.parseNeeded());
            AttributionModels models = modelDir == null ? AttributionModels.load() : AttributionModels.load(modelDir);
            if (threshold != null) models = models.withCueThreshold(threshold);
            AttributionScorer s = AttributionLearning.score(examples, new AttributionFinder(models));
            if (missesFile != null) {
                try {
                    Files.write(missesFile, s.misses());
                } catch (IOException e) {
                    throw new UserError("cannot write " + missesFile + " (" + e.getMessage() + ")");
                }
            }
            PrintWriter o = spec.commandLine().getOut();
            o.print(s.table());
            o.flush();
            return 0;
        }
    }
}
