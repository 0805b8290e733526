package org.claimtrace.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.claimtrace.map.Prefixes;
import org.claimtrace.query.ArticleNames;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.ReadableTable;
import org.claimtrace.query.ResultFormat;
import org.claimtrace.store.ArticleStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** --format and --wide for query results, and writing the results so. */
final class FormatOption {
    /** The table's width when $COLUMNS does not say: what most terminals give side by side with another. */
    static final int DEFAULT_WIDTH = 160;

    @Option(names = {"-F", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for reading), csv, tsv, json or xml (for tools: every value whole) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--wide", description = "table: every column and every value whole, however wide (by default the table fits in "
            + DEFAULT_WIDTH + " columns, or $COLUMNS)")
    boolean wide;

    ResultFormat parse() {
        try {
            return ResultFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserError("--format " + format + " is not known; use table, csv, tsv, json or xml");
        }
    }

    /**
     * Writes a result to the command's output: a table for people ({@link ReadableTable}, with the
     * store's prefixes and those the query declares, articles by name), every other format as Jena
     * writes it. What the table leaves out or cuts is said on stderr, with how to see it whole.
     */
    void print(QueryRunner.Result result, Query query, ArticleStore store, String base, CommandSpec spec) {
        ResultFormat fmt = parse();
        PrintStream out = new PrintStream(new WriterOutputStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
        if (fmt == ResultFormat.TABLE && result instanceof QueryRunner.Result.Rows rows) {
            String articlePrefix = IngestCmd.iris(base).article("");
            PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(query.getPrefixMapping()).setNsPrefixes(Prefixes.forBase(base));
            var names = ArticleNames.of(QueryRunner.over(store), ReadableTable.articles(rows.rows(), articlePrefix));
            int width = wide ? 0 : width();
            ReadableTable.Outcome o = new ReadableTable(prefixes, articlePrefix, names).write(rows.rows(), width, out);
            out.flush();
            if (!o.whole()) tell(o, width, spec.commandLine().getErr());
        } else {
            QueryRunner.write(result, fmt, out);
        }
        out.flush();
        spec.commandLine().getOut().flush();
    }

    private static void tell(ReadableTable.Outcome o, int width, PrintWriter err) {
        List<String> what = new ArrayList<>();
        if (!o.folded().isEmpty()) what.add("leaves out " + String.join(", ", o.folded()) + " (their labels are shown)");
        if (o.cutValues() > 0) what.add("cuts " + o.cutValues() + " value" + (o.cutValues() == 1 ? "" : "s") + " short (…)");
        err.println("claimtrace: to fit " + width + " columns the table " + String.join(" and ", what)
                + "; --wide shows everything, --format csv or json gives every value whole");
        err.flush();
    }

    private static int width() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return columns >= 40 ? columns : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
