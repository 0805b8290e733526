package org.claimtrace.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * A remote store: any SPARQL 1.1 service with the Graph Store Protocol (Fuseki, GraphDB, Virtuoso,
 * Neptune, ...), given as its dataset URL. Queries go to URL/sparql, graphs to URL/data (the
 * Fuseki layout; --query-path and --data-path change the suffixes). Each article's graph is one
 * GSP PUT, which the server applies as a whole. The way past one machine's disk.
 */
public final class RemoteStore implements ArticleStore {
    private final String url;
    private final String queryUrl;
    private final RDFConnection conn;

    public RemoteStore(String url, String queryPath, String dataPath) {
        this.url = url.replaceAll("/+$", "");
        this.queryUrl = this.url + "/" + queryPath;
        this.conn = RDFConnectionRemote.service(this.url).queryEndpoint(queryPath).gspEndpoint(dataPath)
                .updateEndpoint("update").build();
        try {
            conn.queryAsk("ASK {}");
        } catch (RuntimeException e) {
            throw new StoreException("cannot reach SPARQL endpoint " + queryUrl + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public boolean contains(String graphIri) {
        return QueryExecHTTP.service(queryUrl).query("ASK { GRAPH <" + checkedIri(graphIri) + "> { ?s ?p ?o } }").ask();
    }

    /**
     * A graph store PUT cannot share a transaction with an update, so the remote store is marked
     * pending before the first write of this session (never after it): an interrupted run leaves
     * the mark, a finished resolution removes it.
     */
    private void markPending() {
        if (!marked) {
            update(ResolutionState.MARK_UPDATE);
            marked = true;
        }
    }

    /** A SPARQL update to URL/update: only the resolution state goes that way (articles go by the graph store protocol). */
    private void update(String sparqlUpdate) {
        try {
            conn.update(sparqlUpdate);
        } catch (RuntimeException e) {
            throw new StoreException("cannot record the state of cross-article resolution at " + url + "/update (" + e.getMessage()
                    + "); claimtrace needs the store's SPARQL update service beside its graph store", e);
        }
    }

    private boolean marked;

    @Override
    public void put(String graphIri, Model graph) {
        markPending();
        conn.put(graphIri, graph);
    }

    @Override
    public void putAll(Map<String, Model> graphs) {
        graphs.forEach(this::put);
    }

    @Override
    public boolean remove(String graphIri) {
        if (!contains(graphIri)) return false;
        markPending();
        conn.delete(graphIri);
        return true;
    }

    /** The resolution graph, then the pending mark removed. */
    @Override
    public void putResolution(String graphIri, Model graph) {
        conn.put(graphIri, graph);
        update(ResolutionState.CLEAR_UPDATE);
        marked = false;
    }

    @Override
    public boolean resolutionPending() {
        return QueryExecHTTP.service(queryUrl).query(ResolutionState.ASK).ask();
    }

    @Override
    public Model graph(String graphIri) {
        try {
            return ModelFactory.createDefaultModel().add(conn.fetch(graphIri));
        } catch (RuntimeException e) {
            return ModelFactory.createDefaultModel();
        }
    }

    @Override
    public List<String> graphNames() {
        List<String> out = new ArrayList<>();
        conn.querySelect("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                (QuerySolution s) -> out.add(s.getResource("g").getURI()));
        return out;
    }

    @Override
    public List<String> graphsWithSource(String sourceName) {
        List<String> out = new ArrayList<>();
        var rows = QueryExecHTTP.service(queryUrl)
                .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a <http://purl.org/dc/terms/source> ?src } }")
                .substitution("src", org.apache.jena.graph.NodeFactory.createLiteralString(sourceName)).select();
        rows.forEachRemaining(b -> out.add(b.get("g").getURI()));
        return out;
    }

    @Override
    public Dataset localDataset() {
        return null;
    }

    @Override
    public String queryEndpoint() {
        return queryUrl;
    }

    @Override
    public String describe() {
        return url;
    }

    @Override
    public void close() {
        conn.close();
    }

    /** IRIs go into the ASK text; ours never hold these characters, a caller's must not either. */
    private static String checkedIri(String iri) {
        if (iri.matches(".*[<>\"{}|^`\\\\\\s].*")) throw new IllegalArgumentException("not an IRI: " + iri);
        return iri;
    }
}
