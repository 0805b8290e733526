package org.claimtrace.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * The graph explorer: plain HTML, CSS and JavaScript (and the vendored Cytoscape.js) served from
 * the jar under /explorer/, so the page works offline and needs no build step. The page itself is
 * also answered at the server root by {@link Root}, since Fuseki keeps the "/" servlet mapping.
 */
final class WebServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/explorer";
    private static final String ROOT = "/org/claimtrace/serve/web";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html", "js", "text/javascript", "css", "text/css", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "txt", "text/plain");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        serve(path == null || path.equals("/") ? "/index.html" : path, resp);
    }

    static void serve(String path, HttpServletResponse resp) throws IOException {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1);
        if (path.contains("..") || path.contains("//") || !TYPES.containsKey(ext)) {
            Responses.error(resp, 404, "not found: " + path);
            return;
        }
        try (InputStream in = WebServlet.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                Responses.error(resp, 404, "not found: " + path);
                return;
            }
            resp.setStatus(200);
            resp.setContentType(TYPES.get(ext));
            if (ext.equals("html") || ext.equals("js") || ext.equals("css") || ext.equals("txt")) resp.setCharacterEncoding("UTF-8");
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }

    /** Answers GET / with the explorer page; everything else goes on to Fuseki and the servlets. */
    static final class Root implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
                    && req.getMethod().equals("GET")
                    && req.getRequestURI().substring(req.getContextPath().length()).equals("/")) {
                serve("/index.html", resp);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
