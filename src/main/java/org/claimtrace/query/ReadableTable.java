package org.claimtrace.query;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Query results as a table for people to read, where csv, tsv and json are for tools: IRIs as
 * prefixed names (the store's prefixes), an article, or a fact, mention or sentence in it
 * ({@code article#fragment}), by the article's file name or headline instead of a 64-hex IRI,
 * literals as their plain text on one line, and the whole fitted to a width. To fit, a column
 * {@code ?x} is left out when its label {@code ?xLabel} is shown too (a label can be given back
 * as a parameter: {@link ParamResolver}), then the widest columns are cut to a common width, each
 * cut value ending in "…". {@link Outcome} says what was left out or cut, so the caller can tell
 * the reader how to see it whole.
 */
public final class ReadableTable {
    private static final String GAP = "  ";
    private static final String CUT = "…";
    private static final int NARROWEST = 3;

    /** Values cut short and columns left out to fit; both empty when the table is whole. */
    public record Outcome(int cutValues, List<String> folded) {
        public boolean whole() {
            return cutValues == 0 && folded.isEmpty();
        }
    }

    private final PrefixMapping prefixes;
    private final String articlePrefix;
    private final Map<String, String> articleNames;

    /**
     * @param articlePrefix the IRI prefix of the store's articles ({@code BASE/article/})
     * @param articleNames  article IRI to the name to show (see {@link ArticleNames})
     */
    public ReadableTable(PrefixMapping prefixes, String articlePrefix, Map<String, String> articleNames) {
        this.prefixes = prefixes;
        this.articlePrefix = articlePrefix;
        this.articleNames = articleNames;
    }

    /** The article IRIs the rows point at (an IRI with a fragment counts as its article's), whose names a table shows. */
    public static Set<String> articles(ResultSetRewindable rows, String articlePrefix) {
        Set<String> out = new LinkedHashSet<>();
        rows.reset();
        rows.forEachRemaining(s -> s.varNames().forEachRemaining(v -> {
            RDFNode n = s.get(v);
            if (n.isURIResource() && n.asResource().getURI().startsWith(articlePrefix)) out.add(n.asResource().getURI().split("#", 2)[0]);
        }));
        rows.reset();
        return out;
    }

    /** Writes the table; {@code width} 0 or less means as wide as the values (nothing left out or cut). */
    public Outcome write(ResultSetRewindable rows, int width, PrintStream out) {
        List<String> vars = new ArrayList<>(rows.getResultVars());
        List<List<String>> cells = new ArrayList<>();
        rows.reset();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            cells.add(vars.stream().map(v -> cell(s.get(v))).toList());
        }
        int[] widths = widths(vars, cells);
        List<String> folded = new ArrayList<>();
        if (width > 0 && total(widths) > width) {
            for (String v : vars) if (vars.contains(v + "Label")) folded.add(v);
            List<Integer> kept = new ArrayList<>();
            for (int c = 0; c < vars.size(); c++) if (!folded.contains(vars.get(c))) kept.add(c);
            vars = kept.stream().map(vars::get).toList();
            cells = cells.stream().map(row -> kept.stream().map(row::get).toList()).toList();
            widths = widths(vars, cells);
            fit(widths, width - GAP.length() * (widths.length - 1));
        }
        int[] cut = {0};
        line(vars, widths, cut, out);
        List<String> rules = new ArrayList<>();
        for (int w : widths) rules.add("-".repeat(w));
        line(rules, widths, cut, out);
        for (List<String> row : cells) line(row, widths, cut, out);
        return new Outcome(cut[0], folded);
    }

    private static int[] widths(List<String> vars, List<List<String>> cells) {
        int[] widths = new int[vars.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = length(vars.get(c));
            for (List<String> row : cells) widths[c] = Math.max(widths[c], length(row.get(c)));
        }
        return widths;
    }

    /** The width of a table with these columns. */
    private static int total(int[] widths) {
        int sum = GAP.length() * Math.max(0, widths.length - 1);
        for (int w : widths) sum += w;
        return sum;
    }

    /** Lowers the widest columns to one common width until the columns fit in {@code room}. */
    static void fit(int[] widths, int room) {
        int total = 0;
        for (int w : widths) total += w;
        if (total <= room) return;
        int cap = 0;
        for (int w : widths) cap = Math.max(cap, w);
        while (cap > NARROWEST) {
            int sum = 0;
            for (int w : widths) sum += Math.min(w, cap);
            if (sum <= room) break;
            cap--;
        }
        for (int i = 0; i < widths.length; i++) widths[i] = Math.min(widths[i], cap);
    }

    private static void line(List<String> values, int[] widths, int[] cut, PrintStream out) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < values.size(); c++) {
            String v = values.get(c);
            if (length(v) > widths[c]) {
                v = v.substring(0, v.offsetByCodePoints(0, widths[c] - 1)) + CUT;
                cut[0]++;
            }
            b.append(v);
            if (c < values.size() - 1) b.append(" ".repeat(widths[c] - length(v))).append(GAP);
        }
        out.println(b.toString().stripTrailing());
    }

    private String cell(RDFNode n) {
        if (n == null) return "";
        if (n.isLiteral()) return n.asLiteral().getLexicalForm().replaceAll("\\s+", " ").strip();
        if (n.isAnon()) return "_:" + n.asResource().getId().getLabelString();
        String iri = n.asResource().getURI();
        if (iri.startsWith(articlePrefix)) {
            String[] articleAndFragment = iri.split("#", 2);
            String name = articleNames.get(articleAndFragment[0]);
            if (name != null) return articleAndFragment.length == 1 ? name : name + "#" + articleAndFragment[1];
        }
        String shortForm = prefixes.shortForm(iri);
        return shortForm.equals(iri) ? "<" + iri + ">" : shortForm;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
