package org.claimtrace.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.atlas.json.JsonObject;
import org.claimtrace.map.Prefixes;

/**
 * GET /config: what the explorer page needs to know of this store: its base IRI, the prefixes to
 * preset in the SPARQL editor and to shorten IRIs in results with, and where its IRIs resolve.
 */
final class ExplorerConfig extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final String base;

    ExplorerConfig(String base) {
        this.base = base;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        JsonObject o = new JsonObject();
        o.put("base", base);
        JsonObject prefixes = new JsonObject();
        Prefixes.forBase(base).getNsPrefixMap().forEach(prefixes::put);
        o.put("prefixes", prefixes);
        LinkedData.path(base).ifPresent(p -> o.put("linkedData", p + "/"));
        Responses.json(resp, o);
    }
}
