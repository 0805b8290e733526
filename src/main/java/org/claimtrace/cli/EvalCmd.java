package org.claimtrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimtrace.eval.Evaluator;
import org.claimtrace.eval.Gold;
import org.claimtrace.eval.Score;
import org.claimtrace.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", description = "Scores the store against a gold file (format of seeds-gold.json): "
        + "precision, recall and F1 of entities, claims, attributions and reports.")
final class EvalCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE")
    Path goldFile;

    @Option(names = {"-F", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--diff", description = "also list each missed and extra item")
    boolean diff;

    @Override
    public Integer call() {
        Gold gold;
        try {
            gold = Gold.load(goldFile);
        } catch (IOException | RuntimeException e) {
            throw new UserError("cannot read gold file " + goldFile + " (" + e.getMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore gs = store.local(StoreOption.Access.READ, spec.commandLine().getErr())) {
            Evaluator ev = new Evaluator(gs.dataset(), gold);
            List<Score> scores = ev.score();
            if (format.equalsIgnoreCase("json")) {
                out.println(json(scores));
            } else {
                out.printf("%-14s %9s %9s %9s %6s %6s %6s%n", "kind", "precision", "recall", "f1", "tp", "pred", "gold");
                for (Score s : scores) {
                    out.printf(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %6d %6d %6d%n", s.kind(), s.precision(), s.recall(), s.f1(),
                            s.truePositives(), s.predicted(), s.gold());
                }
            }
            if (diff) ev.differences().forEach(d -> spec.commandLine().getErr().println(d));
        }
        out.flush();
        return 0;
    }

    static String json(List<Score> scores) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < scores.size(); i++) {
            Score s = scores.get(i);
            if (i > 0) b.append(", ");
            b.append(String.format(Locale.ROOT, "\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"tp\": %d, \"predicted\": %d, \"gold\": %d}",
                    s.kind(), s.precision(), s.recall(), s.f1(), s.truePositives(), s.predicted(), s.gold()));
        }
        return b.append("}").toString();
    }
}
