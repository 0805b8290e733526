package org.claimtrace.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Whether cross-article resolution is owed: one triple in the store's default graph, written in
 * the same transaction as any change to article graphs and deleted in the same transaction as the
 * resolution graph that finishes it. A store killed between the two keeps the triple, so every
 * command that reads the store can warn, and the next ingest, load, remove or resolve finishes
 * the work (the stored queries read the resolution graph: without it they answer nothing).
 * The default graph holds nothing else, and the stored queries read named graphs only.
 */
public final class ResolutionState {
    static final String NS = "https://claimtrace.org/ns#";
    static final Node SUBJECT = NodeFactory.createURI(NS + "crossArticleResolution");
    static final Node PENDING = NodeFactory.createURI(NS + "pending");
    static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    static final Quad MARKER = Quad.create(Quad.defaultGraphIRI, SUBJECT, PENDING, TRUE);

    /** The same triple for a remote store, as SPARQL Update and ASK. */
    static final String TRIPLE = "<" + SUBJECT.getURI() + "> <" + PENDING.getURI() + "> true";

    static final String MARK_UPDATE = "INSERT DATA { " + TRIPLE + " }";
    static final String CLEAR_UPDATE = "DELETE DATA { " + TRIPLE + " }";
    static final String ASK = "ASK { " + TRIPLE + " }";

    private ResolutionState() {}

    /** Call inside the write transaction that changes article graphs. */
    static void markPending(DatasetGraph dsg) {
        dsg.add(MARKER);
    }

    /** Call inside the write transaction that writes the resolution graph. */
    static void markDone(DatasetGraph dsg) {
        dsg.delete(MARKER);
    }

    /** Call inside a read transaction. */
    static boolean isPending(DatasetGraph dsg) {
        return dsg.contains(MARKER);
    }

    /** The warning every command that reads a store prints while resolution is pending. */
    public static String warning(String store) {
        return "warning: cross-article resolution of " + store + " is pending (an ingest, load or remove was interrupted): "
                + "entities, events and the stored queries' answers are incomplete until 'claimtrace resolve' or the next ingest "
                + "finishes it";
    }
}
