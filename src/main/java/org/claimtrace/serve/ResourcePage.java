package org.claimtrace.serve;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Vocab;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML page of a described IRI, for people who follow a link to it (what Pubby and LodView
 * show): its label and type, a table of what is said of it, the nodes that point at it, then one
 * section per other node of the document (an article's sentences, mentions and facts, each under
 * its fragment, so {@code article#claim-84-183} lands on its section). Links to the store's own
 * IRIs stay on this server. Built with jsoup, which escapes every value; the page has no script.
 */
final class ResourcePage {
    private static final String SKOS_PREF = Vocab.SKOS + "prefLabel";
    private static final String EVIDENCE = CT.NS + "evidenceText";

    private final String base;
    private final String basePath;
    private final PrefixMapping prefixes;

    /** {@code basePath} is where the server answers the IRIs under {@code base} (/id/ for https://claimtrace.org/id/). */
    ResourcePage(String base, String basePath, PrefixMapping prefixes) {
        this.base = base;
        this.basePath = basePath;
        this.prefixes = prefixes;
    }

    String html(String iri, Model m) {
        Resource main = m.createResource(iri);
        Document doc = Document.createShell("");
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", ExplorerFiles.PREFIX + "/resource.css");
        for (String[] f : new String[][] {{"ttl", "text/turtle"}, {"jsonld", "application/ld+json"}, {"nt", "application/n-triples"}}) {
            doc.head().appendElement("link").attr("rel", "alternate").attr("type", f[1]).attr("href", "?format=" + f[0]);
        }
        doc.title(label(main) + " · claimtrace");
        Element body = doc.body();
        Element nav = body.appendElement("header");
        nav.appendElement("a").attr("href", "/").text("claimtrace explorer");
        nav.appendText(" · " + shortName(iri));
        Element top = body.appendElement("main");
        top.appendElement("h1").text(label(main));
        top.appendElement("p").addClass("iri").text(iri);
        Element actions = top.appendElement("p").addClass("actions");
        if (iri.startsWith(base + "entity/") || iri.startsWith(base + "event/")) {
            actions.appendElement("a").attr("href", "/?entity=" + URLEncoder.encode(iri, StandardCharsets.UTF_8) + "&depth=1")
                    .text("draw its neighbourhood");
            actions.appendText(" · ");
        }
        actions.appendText("this page as ");
        actions.appendElement("a").attr("href", "?format=ttl").text("Turtle");
        actions.appendText(", ");
        actions.appendElement("a").attr("href", "?format=jsonld").text("JSON-LD");
        actions.appendText(", ");
        actions.appendElement("a").attr("href", "?format=nt").text("N-Triples");
        properties(top, main, m);
        // In an article's document its own sentences, mentions and facts point at it too: they get sections below.
        List<Statement> incoming = m.listStatements(null, null, main).filterDrop(s -> inDocument(s.getSubject(), iri)).toList();
        if (!incoming.isEmpty()) {
            top.appendElement("h2").text("Pointed at by");
            Element table = top.appendElement("table");
            incoming.stream().sorted(Comparator.comparing((Statement s) -> s.getPredicate().getURI()).thenComparing(s -> s.getSubject().toString()))
                    .forEach(s -> {
                        Element tr = table.appendElement("tr");
                        tr.appendElement("th").text(shortName(s.getPredicate().getURI()) + " of");
                        Element td = tr.appendElement("td");
                        link(td, s.getSubject(), m);
                        String text = stringOf(s.getSubject(), EVIDENCE, m);
                        if (text != null) td.appendElement("q").text(text);
                    });
        }
        List<Resource> parts = new ArrayList<>(m.listSubjects().filterKeep(r -> inDocument(r, iri)).toList());
        parts.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : parts) {
            Element section = top.appendElement("section").attr("id", r.getURI().substring(iri.length() + 1));
            section.appendElement("h2").text(label(r));
            section.appendElement("p").addClass("iri").text(r.getURI());
            properties(section, r, m);
        }
        return "<!doctype html>\n" + doc.outerHtml();
    }

    /** Whether {@code r} is a hash IRI of the document {@code iri} (a sentence, mention or fact of an article). */
    private static boolean inDocument(Resource r, String iri) {
        return r.isURIResource() && r.getURI().startsWith(iri + "#");
    }

    private void properties(Element parent, Resource subject, Model m) {
        Element table = parent.appendElement("table");
        m.listStatements(subject, null, (RDFNode) null).toList().stream()
                .sorted(Comparator.comparing((Statement s) -> !s.getPredicate().equals(RDF.type)).thenComparing(s -> s.getPredicate().getURI())
                        .thenComparing(s -> s.getObject().toString()))
                .forEach(s -> {
                    Element tr = table.appendElement("tr");
                    tr.appendElement("th").text(shortName(s.getPredicate().getURI()));
                    Element td = tr.appendElement("td");
                    if (s.getObject().isLiteral()) {
                        td.appendElement("span").addClass(s.getObject().asLiteral().getLexicalForm().length() > 300 ? "text" : "literal")
                                .text(s.getObject().asLiteral().getLexicalForm());
                    } else {
                        link(td, s.getObject().asResource(), m);
                    }
                });
    }

    /** A link to a node: on this server for the store's own IRIs, with its label when the document has one. */
    private void link(Element td, Resource r, Model m) {
        if (!r.isURIResource()) {
            td.appendElement("span").text(r.toString());
            return;
        }
        String iri = r.getURI();
        String href = iri.startsWith(base) ? basePath + iri.substring(base.length()) : iri;
        String label = stringOf(r, SKOS_PREF, m);
        td.appendElement("a").attr("href", href).attr("title", iri).text(label != null ? label : shortName(iri));
    }

    private String label(Resource r) {
        String l = stringOf(r, SKOS_PREF, r.getModel());
        if (l != null) return l;
        String headline = stringOf(r, Vocab.SCHEMA + "headline", r.getModel());
        return headline != null ? headline : shortName(r.getURI());
    }

    private static String stringOf(Resource r, String property, Model m) {
        var s = m.getProperty(r, m.createProperty(property));
        return s != null && s.getObject().isLiteral() ? s.getString() : null;
    }

    private String shortName(String iri) {
        if (iri.startsWith(base)) return iri.substring(base.length());
        String s = prefixes.shortForm(iri);
        return s;
    }
}
