package org.claimtrace.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;

/** Writing JSON and one-line error answers. */
final class Responses {
    private Responses() {}

    static void json(HttpServletResponse resp, JsonValue value) throws IOException {
        resp.setStatus(200);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write(JSON.toString(value).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) return;
        // Not reset(): that would also drop the security headers set before the servlet ran.
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        try (OutputStream out = resp.getOutputStream()) {
            out.write((message.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
