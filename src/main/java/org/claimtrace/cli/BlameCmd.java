package org.claimtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimtrace.extract.BlameDecision;
import org.claimtrace.extract.RuleExtractor;
import org.claimtrace.extract.attribution.AttributionFinder;
import org.claimtrace.extract.attribution.AttributionModels;
import org.claimtrace.extract.attribution.LinearModel;
import org.claimtrace.extract.learn.BlameTrainer;
import org.claimtrace.ingest.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Learning which parties named in what sources say they blame, from annotated real news. */
@Command(name = "blame", mixinStandardHelpOptions = true,
        description = "Learns the blame decision (which parties named in what a source says it blames) from folders of annotated "
                + "articles, each with a gold.json in the format of seeds-gold.json.",
        subcommands = {BlameCmd.Train.class},
        footerHeading = "%nExample:%n", footer = {"  claimtrace blame train src/test/resources/realnews/dev seeds=src/test/resources/seeds-gold.json"})
final class BlameCmd {

    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Learns the weights from the candidates of the folders' articles (labelled by their gold file; threshold "
                    + "of best out-of-fold F1 with precision at least 0.5), writes them, and scores the model on the --check folders "
                    + "(candidate level: only the parties named in what sources say, which the model decides; `eval` scores the whole).",
            footerHeading = "%nExample:%n", footer = {"  claimtrace blame train src/test/resources/realnews/dev --check src/test/resources/realnews/dev2"})
    static final class Train implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--out", paramLabel = "FILE", defaultValue = "src/main/resources/org/claimtrace/extract/blame-weights.tsv",
                description = "where the weights go (default: ${DEFAULT-VALUE})")
        Path out;
        @Option(names = "--check", paramLabel = "DIR[=GOLD]", description = "annotated folders to score the learned model on, not trained on")
        List<String> check = List.of();
        @Option(names = "--sigma", paramLabel = "S", defaultValue = "1.0",
                description = "the Gaussian prior's width: smaller keeps the weights closer to 0 (default: ${DEFAULT-VALUE})")
        double sigma;
        @Option(names = "--dump", paramLabel = "FILE", description = "writes every candidate (of the folders, then of --check) with "
                + "its gold label, the model's probability and its features, as TSV")
        Path dump;
        @Parameters(paramLabel = "DIR[=GOLD]", arity = "1..*", description = "annotated folders to learn from: articles and their "
                + "gold file (DIR/gold.json unless given after '=')")
        List<String> folders;

        @Override
        public Integer call() throws IOException {
            List<BlameTrainer.Annotated> train = annotated(folders);
            List<BlameTrainer.Annotated> checked = annotated(check);
            PrintWriter err = spec.commandLine().getErr();
            BlameTrainer trainer = new BlameTrainer(Pipelines.nlp(), RuleExtractor.rules(), new AttributionFinder(AttributionModels.load()));
            List<BlameTrainer.Example> examples = trainer.examples(train, err);
            BlameTrainer.Trained trained = BlameTrainer.trainChecked(examples, sigma);
            LinearModel m = trained.model();
            BlameTrainer.write(m, train, examples.size(), out);
            PrintWriter o = spec.commandLine().getOut();
            o.printf("trained on %d documents, scored on them: %s%n", BlameTrainer.documents(examples).size(), BlameTrainer.score(m, examples));
            o.printf("out of fold, pooled: %s%n", trained);
            List<BlameTrainer.Example> held = checked.isEmpty() ? List.of() : trainer.examples(checked, err);
            if (dump != null) BlameTrainer.dump(m, java.util.stream.Stream.concat(examples.stream(), held.stream()).toList(), dump);
            if (!check.isEmpty()) {
                o.printf("held out, %d documents: %s%n", BlameTrainer.documents(held).size(), BlameTrainer.score(m, held));
                o.printf("held out, the shipped model: %s%n", BlameTrainer.score(BlameDecision.shippedModel(), held));
            }
            o.printf("wrote %s%n", out);
            o.flush();
            return 0;
        }

        private static List<BlameTrainer.Annotated> annotated(List<String> args) {
            List<BlameTrainer.Annotated> out = args.stream().map(BlameTrainer.Annotated::parse).toList();
            for (BlameTrainer.Annotated a : out) {
                if (!Files.isDirectory(a.folder())) throw new UserError(a.folder() + " is not a folder");
                if (!Files.isRegularFile(a.gold())) throw new UserError("no gold file " + a.gold());
            }
            return out;
        }
    }
}
