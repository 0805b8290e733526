package org.claimtrace.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URL;
import org.eclipse.jetty.ee11.servlet.ResourceServlet;

/**
 * The explorer's files (HTML, CSS, JavaScript, and the vendored YASGUI and Cytoscape.js), served
 * from the jar under /explorer/ by Jetty's own ResourceServlet: media types, ETags, Last-Modified,
 * conditional GETs and ranges as Jetty does them, no directory listings. The page is also the
 * server's root, forwarded by {@link Root}, since Fuseki keeps the "/" mapping.
 */
final class ExplorerFiles extends ResourceServlet {
    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/explorer";
    private static final String ROOT = "/org/claimtrace/serve/web/";

    /** Jetty reads its settings as init parameters; a servlet added as an instance has none, so they are given here. */
    @Override
    public String getInitParameter(String name) {
        return switch (name) {
            case "baseResource" -> base();
            case "etags" -> "true";
            case "dirAllowed" -> "false";
            case "pathInfoOnly" -> "true";
            default -> super.getInitParameter(name);
        };
    }

    /** The files' folder, in the jar (jar:file:...!/...) or among the classes when run from a build. */
    private static String base() {
        URL web = ExplorerFiles.class.getResource(ROOT);
        if (web == null) throw new IllegalStateException(ROOT + " is missing from the classpath");
        return web.toExternalForm();
    }

    /** Answers GET / with the explorer page (its URL, and so its ?query=..., unchanged); the rest goes on to Fuseki. */
    static final class Root implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (request instanceof HttpServletRequest req && req.getMethod().equals("GET")
                    && req.getRequestURI().substring(req.getContextPath().length()).equals("/")) {
                req.getRequestDispatcher(PREFIX + "/index.html").forward(request, response);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
