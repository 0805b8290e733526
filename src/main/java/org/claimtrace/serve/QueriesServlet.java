package org.claimtrace.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.query.QueryCancelledException;
import org.claimtrace.query.QueryLibrary;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.query.ResultFormat;
import org.claimtrace.query.StoredQuery;

/**
 * GET /queries lists the stored queries as JSON; GET /queries/NAME?param=value runs one (a listing
 * needs one of its scope parameters, or all=true: see StoredQuery). Values
 * are bound by substitution exactly as the CLI binds --param (QueryRunner.bindings), never pasted
 * into the query text.
 */
final class QueriesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    /** What /queries/NAME answers in, best first: SPARQL results JSON, then plain JSON, CSV, TSV, XML, text. */
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeResultsJSON, WebContent.contentTypeJSON,
            WebContent.contentTypeTextCSV, WebContent.contentTypeTextTSV, WebContent.contentTypeResultsXML, WebContent.contentTypeXML,
            WebContent.contentTypeTextPlain, WebContent.contentTypeSPARQLQuery);

    private final transient Dataset dataset;
    private final transient QueryLibrary library;
    private final long timeoutSeconds;

    QueriesServlet(Dataset dataset, QueryLibrary library, long timeoutSeconds) {
        this.dataset = dataset;
        this.library = library;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        try {
            if (path == null || path.equals("/")) {
                Responses.json(resp, list());
            } else {
                run(path.substring(1), req, resp);
            }
        } catch (BadRequest e) {
            Responses.error(resp, e.status(), e.getMessage());
        } catch (QueryCancelledException e) {
            Responses.error(resp, 503, "query stopped: it ran past the time-out of " + timeoutSeconds + " s");
        }
    }

    /**
     * The media type of the answer: ?format= by Fuseki's short names (json, xml, csv, tsv, text),
     * else the Accept header as Fuseki negotiates it (JSON when the header is absent or matches none).
     * application/sparql-query asks for the query itself with the parameters bound.
     */
    private static String mediaType(HttpServletRequest req) {
        String name = req.getParameter("format");
        String mediaType = name != null ? org.apache.jena.fuseki.servlets.Responses.shortNamesResultSet.get(name.strip().toLowerCase(Locale.ROOT))
                : ConNeg.chooseContentType(req, OFFER, DEF.acceptJSON).getContentTypeStr();
        if (mediaType == null) {
            throw new BadRequest(400, "format=" + name + " is not known; use json, xml, csv, tsv or text");
        }
        return mediaType;
    }

    private JsonArray list() {
        JsonArray out = new JsonArray();
        for (StoredQuery q : library.all().values()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("question", q.question());
            JsonArray params = new JsonArray();
            for (String p : q.paramNames()) {
                JsonObject po = new JsonObject();
                po.put("name", p);
                po.put("description", q.description(p));
                params.add(po);
            }
            o.put("params", params);
            JsonArray scope = new JsonArray();
            q.scope().forEach(scope::add);
            o.put("scope", scope);
            JsonArray columns = new JsonArray();
            if (q.columns() != null) {
                Arrays.stream(q.columns().split("\\s+")).filter(c -> !c.isEmpty()).map(c -> c.replaceFirst("^\\?", ""))
                        .forEach(columns::add);
            }
            o.put("columns", columns);
            out.add(o);
        }
        return out;
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StoredQuery q = library.get(name).orElseThrow(() -> new BadRequest(404,
                "no stored query '" + name + "'; available: " + String.join(", ", library.all().keySet())));
        String mediaType = mediaType(req);
        Map<String, String> params = new LinkedHashMap<>();
        boolean allRows = false;
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            String key = e.getKey();
            if (key.equals("format")) continue;
            if (key.equals("all")) {
                allRows = e.getValue().length == 1 && e.getValue()[0].equals("true");
                continue;
            }
            if (!q.paramNames().contains(key)) {
                throw new BadRequest(400, "query " + name + " has no parameter '" + key + "'; it takes: "
                        + (q.paramNames().isEmpty() ? "none" : String.join(", ", q.paramNames())));
            }
            if (e.getValue().length != 1) throw new BadRequest(400, "parameter '" + key + "' given more than once");
            params.put(key, e.getValue()[0]);
        }
        var why = q.unscoped(params.keySet(), allRows);
        if (why.isPresent()) throw new BadRequest(400, why.get());
        // A value that cannot be bound (an IRI holding what no IRI holds) is the request's fault, for the text as for the answer.
        Map<String, Node> bound;
        try {
            bound = QueryRunner.bindings(params);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, e.getMessage());
        }
        if (mediaType.equals(WebContent.contentTypeSPARQLQuery)) {
            text(q, bound, resp);
            return;
        }
        ResultFormat format = ResultFormat.ofMediaType(mediaType).orElse(ResultFormat.JSON);
        QueryRunner.Result result;
        try {
            result = new QueryRunner(dataset).timeout(timeoutSeconds).run(QueryRunner.parse(q.text()), bound);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, e.getMessage());
        }
        resp.setStatus(200);
        resp.setContentType(result instanceof QueryRunner.Result.Graph ? WebContent.contentTypeTurtle : format.mediaType());
        resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            QueryRunner.write(result, format, out);
        }
    }

    /**
     * The stored query as it runs with these parameters (each bound by Jena's syntactic substitution,
     * as QueryRunner binds them), under its question: what the explorer opens in a SPARQL editor tab.
     */
    private static void text(StoredQuery q, Map<String, Node> bound, HttpServletResponse resp) throws IOException {
        Map<Var, Node> bindings = new LinkedHashMap<>();
        bound.forEach((k, v) -> bindings.put(Var.alloc(k), v));
        String body = "# " + q.question() + "\n" + QueryTransformOps.syntaxSubstitute(QueryRunner.parse(q.text()), bindings).serialize();
        resp.setStatus(200);
        resp.setContentType(WebContent.contentTypeSPARQLQuery);
        resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
