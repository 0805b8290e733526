package org.claimtrace.cli;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

@Command(name = "eval", mixinStandardHelpOptions = true,
        footerHeading = "%nExample:%n", footer = {"  claimtrace eval --gold src/test/resources/seeds-gold.json --diff"},
        description = "Scores the store against a gold file (format of seeds-gold.json): "
        + "precision, recall and F1 of entities, claims, attributions and reports.")
final class EvalCmd implements Callable<Integer> {
    @Mixin StoreOption store;
    @Spec CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "gold annotations in the format of seeds-gold.json")
    Path goldFile;

    @Option(names = {"-F", "--format"}, paramLabel = "FORMAT", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
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

    /** The scores as one JSON object by kind, each measure rounded to four places. */
    static String json(List<Score> scores) {
        JsonObjectBuilder all = Json.createObjectBuilder();
        for (Score s : scores) {
            all.add(s.kind(), Json.createObjectBuilder()
                    .add("precision", rounded(s.precision())).add("recall", rounded(s.recall())).add("f1", rounded(s.f1()))
                    .add("tp", s.truePositives()).add("predicted", s.predicted()).add("gold", s.gold()));
        }
        StringWriter out = new StringWriter();
        try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            w.writeObject(all.build());
        }
        return out.toString().strip();
    }

    private static BigDecimal rounded(double x) {
        return BigDecimal.valueOf(x).setScale(4, RoundingMode.HALF_UP);
    }
}
