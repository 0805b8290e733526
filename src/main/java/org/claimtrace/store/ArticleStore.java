package org.claimtrace.store;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/**
 * Where article graphs live: the embedded TDB2 store ({@link GraphStore}) or any SPARQL 1.1
 * endpoint with the Graph Store Protocol ({@link RemoteStore}). Each write replaces one graph
 * (or, for {@link #putAll}, several) as one unit, and records that cross-article resolution is
 * pending ({@link ResolutionState}) in that same unit where the store can.
 */
public interface ArticleStore extends AutoCloseable {
    boolean contains(String graphIri);

    /** Replaces one article's graph; resolution is then pending. */
    void put(String graphIri, Model graph);

    /** Several graphs at once; a store that cannot do that atomically writes them one by one. Resolution is then pending. */
    void putAll(Map<String, Model> graphs);

    /** Drops one article's graph (false when there was none); resolution is then pending. */
    boolean remove(String graphIri);

    /** Writes the resolution graph and records that resolution is no longer pending, as one unit. */
    void putResolution(String graphIri, Model graph);

    /**
     * Writes the resolution graph, records that resolution is no longer pending and names the
     * resolution inputs saved beside the store (null: none), as one unit. A store that keeps no
     * such inputs ignores the token.
     */
    default void putResolution(String graphIri, Model graph, String inputsToken) {
        putResolution(graphIri, graph);
    }

    /** The graphs changed since the last resolution and the token it left in its graph, or null when the store cannot tell. */
    default ResolutionState.Changes changesSinceResolution(String resolutionGraph) {
        return null;
    }

    /** Whether articles changed since cross-article resolution last finished. */
    boolean resolutionPending();

    /** A copy of one graph (empty when there is none). */
    Model graph(String graphIri);

    List<String> graphNames();

    /** Graphs whose article came from a source of this name (dct:source). */
    List<String> graphsWithSource(String sourceName);

    /** The local dataset, or null for a remote store. */
    Dataset localDataset();

    /** The SPARQL query endpoint of a remote store, or null for a local one. */
    String queryEndpoint();

    /** Where the store is, for messages. */
    String describe();

    @Override
    void close();
}
