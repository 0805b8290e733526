package org.claimtrace.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL over the store: parameters are bound as RDF terms by substitution (never pasted
 * into the query text), results are materialised inside the read transaction, then written.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final String endpoint;
    private long timeoutSeconds = 120;

    public QueryRunner(Dataset dataset) {
        this.dataset = dataset;
        this.endpoint = null;
    }

    private QueryRunner(String endpoint) {
        this.dataset = null;
        this.endpoint = endpoint;
    }

    /** A runner over a store: its dataset when local, its SPARQL endpoint when remote. */
    public static QueryRunner over(org.claimtrace.store.ArticleStore store) {
        return store.localDataset() != null ? new QueryRunner(store.localDataset()) : new QueryRunner(store.queryEndpoint());
    }

    public QueryRunner timeout(long seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    /** The result of a query: rows for SELECT, a graph for CONSTRUCT/DESCRIBE, a boolean for ASK. */
    public sealed interface Result {
        record Rows(ResultSetRewindable rows) implements Result {}
        record Graph(Model model) implements Result {}
        record Bool(boolean value) implements Result {}
    }

    public static Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new IllegalArgumentException("SPARQL syntax error: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    /** Binds {@code key=value}: an IRI when written {@code <...>} or as http(s)://..., else a string literal. */
    public static Map<String, Node> bindings(Map<String, String> params) {
        Map<String, Node> out = new LinkedHashMap<>();
        params.forEach((k, v) -> out.put(k, toNode(v)));
        return out;
    }

    static Node toNode(String v) {
        if (v.startsWith("<") && v.endsWith(">")) return iri(v.substring(1, v.length() - 1), v);
        if (v.matches("^(https?|urn):\\S+$")) return iri(v, v);
        if (v.matches("^-?\\d+$")) return NodeFactory.createLiteralDT(v, org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger);
        return NodeFactory.createLiteralString(v);
    }

    /** Characters no IRI holds (RFC 3987): an IRI with one would break out of its <...> when a query is sent as text. */
    private static final java.util.regex.Pattern NOT_IN_IRI = java.util.regex.Pattern.compile("[\\x00-\\x20<>\"{}|^`\\\\]");

    private static Node iri(String iri, String given) {
        java.util.regex.Matcher bad = NOT_IN_IRI.matcher(iri);
        if (iri.isEmpty() || bad.find()) {
            throw new IllegalArgumentException("'" + given + "' is not an IRI" + (iri.isEmpty() ? "" : " (it holds '"
                    + (bad.group().charAt(0) <= ' ' ? "a space or control character" : bad.group()) + "')") + "; write <IRI> for an IRI, anything else binds a string");
        }
        return NodeFactory.createURI(iri);
    }

    public Result run(Query query, Map<String, Node> params) {
        if (dataset == null) {
            // Over HTTP: parameters are substituted as RDF terms before the query is sent.
            var b = org.apache.jena.sparql.exec.http.QueryExecHTTP.service(endpoint).query(query)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS);
            params.forEach((k, v) -> b.substitution(Var.alloc(k), v));
            return materialise(b.build(), query);
        }
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder b = QueryExec.dataset(dataset.asDatasetGraph()).query(query)
                    .timeout(timeoutSeconds, TimeUnit.SECONDS);
            params.forEach((k, v) -> b.substitution(Var.alloc(k), v));
            return materialise(b.build(), query);
        });
    }

    /** The rows of a SELECT query, read to the end. */
    public List<QuerySolution> select(String sparql, Map<String, Node> params) {
        Result r = run(parse(sparql), params);
        if (!(r instanceof Result.Rows rows)) throw new IllegalArgumentException("not a SELECT query");
        List<QuerySolution> out = new ArrayList<>();
        rows.rows().reset();
        rows.rows().forEachRemaining(out::add);
        return out;
    }

    /** Runs the query to the end, so the result outlives the read transaction or the HTTP response. */
    private static Result materialise(QueryExec exec, Query query) {
        try (QueryExec qe = exec) {
            if (query.isSelectType()) return new Result.Rows(ResultSetFactory.copyResults(ResultSet.adapt(qe.select())));
            if (query.isAskType()) return new Result.Bool(qe.ask());
            if (query.isConstructType()) return new Result.Graph(ModelFactory.createModelForGraph(qe.construct()));
            return new Result.Graph(ModelFactory.createModelForGraph(qe.describe()));
        }
    }

    public static void write(Result result, ResultFormat format, OutputStream out) {
        switch (result) {
            case Result.Rows r -> writeRows(r.rows(), format, out);
            case Result.Bool b -> {
                PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                switch (format) {
                    case JSON -> ResultSetFormatter.outputAsJSON(ps, b.value());
                    case XML -> ResultSetFormatter.outputAsXML(ps, b.value());
                    default -> ps.println(b.value());
                }
                ps.flush();
            }
            case Result.Graph g -> RDFDataMgr.write(out, g.model(), RDFFormat.TURTLE_PRETTY);
        }
    }

    private static void writeRows(ResultSetRewindable rows, ResultFormat format, OutputStream out) {
        rows.reset();
        ResultSet rs = rows;
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, rs);
            case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
            case XML -> ResultSetFormatter.outputAsXML(out, rs);
        }
    }
}
