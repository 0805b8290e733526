package org.claimtrace.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer that keep the explorer's pages to themselves: a Content-Security-Policy
 * that lets them load scripts, styles and data from this server only (no inline script, no eval,
 * no inline style but two that YASGUI writes, no other site, no framing by other pages), no MIME
 * sniffing and no referrer. The explorer is written for it: script in files (ES modules), no
 * inline handler, text written with textContent, and the one stylesheet Cytoscape.js would inject
 * is already in style.css (index.html gives its link the id Cytoscape looks for, so it injects
 * none). YASR's table column resizer inserts two {@code <style>} elements at run time, its rules
 * and, while a column is dragged, a cursor; they are allowed by their hashes ({@link #YASR_STYLES}),
 * not by 'unsafe-inline'.
 */
final class SecurityHeaders extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /**
     * The SHA-256 of the two {@code <style>} texts of YASR's column resizer (vendored YASGUI 4.6.2,
     * yasgui.min.js): its rules (".grip-resizable{table-layout:fixed;} ...", also repeated in
     * style.css) and the drag cursor "*{cursor:col-resize!important}". A new YASGUI may change them:
     * ExplorerBrowserTest then reports the refused style.
     */
    static final String YASR_STYLES = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=' "
            + "'sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg='";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' " + YASR_STYLES + "; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        resp.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
        resp.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(req, resp);
    }
}
