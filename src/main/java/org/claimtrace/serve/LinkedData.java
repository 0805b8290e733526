package org.claimtrace.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.claimtrace.export.RdfExport;
import org.claimtrace.map.Prefixes;

/**
 * Linked data that resolves: the store's IRIs answer on this server, as Pubby and LodView make
 * them. The IRIs under the store's base are "slash" IRIs of things (a person, an attack, an
 * article), so {@code GET /id/entity/x} answers 303 See Other with the document about it,
 * {@code /doc/entity/x}; facts, mentions and sentences are hash IRIs of their article
 * ({@code /id/article/SHA#claim-84-183}), so they resolve through the article's document. The
 * document is negotiated by Fuseki's own content negotiation over HTML (for browsers), Turtle,
 * N-Triples, JSON-LD and RDF/XML; {@code ?format=html|ttl|nt|jsonld|rdfxml} overrides the Accept header.
 */
final class LinkedData {
    /** Where documents are served: /doc/ + the IRI after the base. */
    static final String DOC = "/doc";
    /** Paths the server uses itself, which a base IRI's path must not take. */
    private static final List<String> TAKEN = List.of("/", "/ds", DOC, "/queries", "/graph", ExplorerFiles.PREFIX, "/$");

    /** Offered to Accept, best first: Turtle for clients that take anything, HTML for browsers, which ask for it. */
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle, WebContent.contentTypeHTML,
            WebContent.contentTypeNTriples, WebContent.contentTypeJSONLD, WebContent.contentTypeRDFXML);

    private LinkedData() {}

    /**
     * The path the store's IRIs are answered under (/id for https://claimtrace.org/id/), or empty
     * when the base's path is one the server already uses (such as "/"): then IRIs do not resolve here.
     */
    static Optional<String> path(String base) {
        String p = URI.create(base).getPath();
        if (p == null || p.isEmpty()) return Optional.empty();
        String path = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
        boolean taken = TAKEN.stream().anyMatch(t -> path.isEmpty() || path.equals(t) || path.startsWith(t + "/") || t.startsWith(path + "/"));
        return taken ? Optional.empty() : Optional.of(path);
    }

    /** GET {base path}/X: 303 See Other to /doc/X, the document about the thing X names. */
    static final class SeeOther extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String rest = req.getPathInfo();
            if (rest == null || rest.equals("/")) {
                Responses.error(resp, 404, "give a path after " + req.getServletPath() + "/, such as " + req.getServletPath() + "/entity/NAME");
                return;
            }
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            String query = req.getQueryString() == null ? "" : "?" + req.getQueryString();
            resp.setHeader(HttpNames.hLocation, req.getContextPath() + DOC + req.getRequestURI().substring(
                    req.getContextPath().length() + req.getServletPath().length()) + query);
        }
    }

    /** GET /doc/X: the description of BASE + X in the negotiated format. */
    static final class Document extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private final transient Description description;
        private final transient ResourcePage page;
        private final String base;
        private final long timeoutSeconds;

        Document(Dataset dataset, String base, String basePath, long timeoutSeconds) {
            this.description = new Description(dataset, timeoutSeconds);
            this.page = new ResourcePage(base, basePath + "/", Prefixes.forBase(base));
            this.base = base;
            this.timeoutSeconds = timeoutSeconds;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            try {
                String rest = req.getPathInfo();
                if (rest == null || rest.length() < 2) throw new BadRequest(404, "give a path after /doc/, such as /doc/entity/NAME");
                String iri = base + rest.substring(1);
                String type = mediaType(req);
                Model m = description.of(iri);
                if (m.isEmpty()) throw new BadRequest(404, "the store says nothing about <" + iri + ">");
                m.setNsPrefixes(Prefixes.forBase(base));
                resp.setStatus(200);
                resp.setHeader(HttpNames.hVary, HttpNames.hAccept);
                resp.setContentType(type);
                resp.setCharacterEncoding("UTF-8");
                try (OutputStream out = resp.getOutputStream()) {
                    write(iri, m, type, out);
                }
            } catch (BadRequest e) {
                Responses.error(resp, e.status(), e.getMessage());
            } catch (QueryCancelledException e) {
                Responses.error(resp, 503, "description stopped: it ran past the time-out of " + timeoutSeconds + " s");
            }
        }

        private void write(String iri, Model m, String type, OutputStream out) throws IOException {
            if (type.equals(WebContent.contentTypeHTML)) {
                out.write(page.html(iri, m).getBytes(StandardCharsets.UTF_8));
            } else if (type.equals(WebContent.contentTypeJSONLD)) {
                RdfExport.jsonLd(m, out);
            } else {
                RDFDataMgr.write(out, m, RDFLanguages.contentTypeToLang(type));
            }
        }

        /** ?format= (html, or a Jena short name: ttl, nt, jsonld, rdfxml), else the Accept header, negotiated by Fuseki. */
        private static String mediaType(HttpServletRequest req) {
            String name = req.getParameter("format");
            if (name == null) return ConNeg.chooseContentType(req, OFFER, DEF.acceptTurtle).getContentTypeStr();
            String n = name.strip().toLowerCase(Locale.ROOT);
            if (n.equals("html")) return WebContent.contentTypeHTML;
            Lang lang = RDFLanguages.shortnameToLang(n);
            MediaType offered = lang == null ? null : OFFER.entries().stream()
                    .filter(t -> t.getContentTypeStr().equals(lang.getContentType().getContentTypeStr())).findFirst().orElse(null);
            if (offered == null) throw new BadRequest(400, "format=" + name + " is not known; use html, ttl, nt, jsonld or rdfxml");
            return offered.getContentTypeStr();
        }
    }
}
