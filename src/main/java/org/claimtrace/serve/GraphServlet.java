package org.claimtrace.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;

/** GET /graph?entity=IRI&amp;depth=1: the neighbourhood of an entity or event as JSON, for the explorer. */
final class GraphServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_NODES = 150;

    private final transient Dataset dataset;
    private final long timeoutSeconds;

    GraphServlet(Dataset dataset, long timeoutSeconds) {
        this.dataset = dataset;
        this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            String entity = req.getParameter("entity");
            if (entity == null || entity.isBlank()) throw new BadRequest(400, "give ?entity=IRI (an entity or event IRI)");
            entity = entity.strip();
            if (entity.startsWith("<") && entity.endsWith(">")) entity = entity.substring(1, entity.length() - 1);
            if (!entity.matches("^(https?|urn):\\S+$")) {
                throw new BadRequest(400, "entity=" + entity + " is not an IRI; give the entity's http(s) IRI");
            }
            int depth = intParam(req, "depth", 1);
            int max = Math.max(1, Math.min(intParam(req, "max", MAX_NODES), MAX_NODES));
            GraphView g;
            try {
                g = new Neighbourhood(dataset, timeoutSeconds).around(entity, depth, max);
            } catch (IllegalArgumentException e) {
                throw new BadRequest(400, e.getMessage());
            }
            Responses.json(resp, g.toJson());
        } catch (BadRequest e) {
            Responses.error(resp, e.status(), e.getMessage());
        } catch (QueryCancelledException e) {
            Responses.error(resp, 503, "neighbourhood stopped: it ran past the time-out of " + timeoutSeconds + " s");
        }
    }

    private static int intParam(HttpServletRequest req, String name, int dflt) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(400, name + "=" + v + " is not a whole number");
        }
    }
}
