package org.claimtrace.store;

import java.util.Set;
import java.util.TreeSet;
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
 *
 * <p>For incremental resolution the default graph also says which graphs changed since the last
 * resolution ({@code ct:changedGraph}, one triple per graph, written with the change), and the
 * resolution graph names the saved inputs it was built from ({@code ct:inputsToken}, written with
 * it). A writer that cannot name the graphs it changes (a remote store, a large bulk load, a
 * server taking updates) deletes the token instead, so the next resolution reads the whole store.
 * The default graph holds nothing else, and the stored queries read named graphs only.
 */
public final class ResolutionState {
    static final String NS = "https://claimtrace.org/ns#";
    static final Node SUBJECT = NodeFactory.createURI(NS + "crossArticleResolution");
    static final Node PENDING = NodeFactory.createURI(NS + "pending");
    static final Node CHANGED = NodeFactory.createURI(NS + "changedGraph");
    static final Node TOKEN = NodeFactory.createURI(NS + "inputsToken");
    static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    static final Quad MARKER = Quad.create(Quad.defaultGraphIRI, SUBJECT, PENDING, TRUE);

    /** The same triple for a remote store, as SPARQL Update and ASK. */
    static final String TRIPLE = "<" + SUBJECT.getURI() + "> <" + PENDING.getURI() + "> true";

    /** A remote store cannot name its changed graphs in the same unit: it drops the token, so the next local resolution is full. */
    static final String MARK_UPDATE = "DELETE WHERE { GRAPH ?g { ?s <" + TOKEN.getURI() + "> ?token } } ;\n"
            + "INSERT DATA { " + TRIPLE + " }";
    /** A resolution of a remote store saves no inputs: the token, if any, would name another resolution graph. */
    static final String CLEAR_UPDATE = "DELETE DATA { " + TRIPLE + " } ;\n"
            + "DELETE WHERE { GRAPH ?g { ?s <" + TOKEN.getURI() + "> ?token } }";
    static final String ASK = "ASK { " + TRIPLE + " }";

    private ResolutionState() {}

    /** What changed since the last resolution: the token it left (null when none) and the graphs written or removed since. */
    public record Changes(String token, Set<String> graphs) {}

    /** Call inside the write transaction that changes article graphs. */
    static void markPending(DatasetGraph dsg) {
        dsg.add(MARKER);
    }

    /** Call inside the write transaction that changes these graphs: pending, and which graphs. */
    static void markChanged(DatasetGraph dsg, Iterable<String> graphs) {
        markPending(dsg);
        for (String g : graphs) dsg.add(Quad.defaultGraphIRI, SUBJECT, CHANGED, NodeFactory.createURI(g));
    }

    /** Call inside a write transaction that changes graphs it cannot name. */
    static void forgetInputs(DatasetGraph dsg) {
        dsg.deleteAny(Node.ANY, Node.ANY, TOKEN, Node.ANY);
    }

    /**
     * Call inside the write transaction that writes the resolution graph: no longer pending, no
     * changed graphs, and the token of the inputs this resolution saved (null: none saved), in
     * the resolution graph.
     */
    static void markDone(DatasetGraph dsg, String resolutionGraph, String token) {
        dsg.delete(MARKER);
        dsg.deleteAny(Quad.defaultGraphIRI, SUBJECT, CHANGED, Node.ANY);
        forgetInputs(dsg);
        Node g = NodeFactory.createURI(resolutionGraph);
        if (token != null) dsg.add(g, g, TOKEN, NodeFactory.createLiteralString(token));
    }

    /** Call inside a read transaction. */
    static boolean isPending(DatasetGraph dsg) {
        return dsg.contains(MARKER);
    }

    /** Call inside a read transaction. */
    static Changes changes(DatasetGraph dsg, String resolutionGraph) {
        String token = null;
        Node g = NodeFactory.createURI(resolutionGraph);
        var t = dsg.find(g, g, TOKEN, Node.ANY);
        if (t.hasNext()) token = t.next().getObject().getLiteralLexicalForm();
        Set<String> graphs = new TreeSet<>();
        dsg.find(Quad.defaultGraphIRI, SUBJECT, CHANGED, Node.ANY).forEachRemaining(q -> graphs.add(q.getObject().getURI()));
        return new Changes(token, graphs);
    }

    /** The triple naming the saved inputs: bookkeeping (a random token), so comparisons of stores set it aside. */
    public static boolean isBookkeeping(Quad q) {
        return q.getPredicate().equals(TOKEN);
    }

    /** The warning every command that reads a store prints while resolution is pending. */
    public static String warning(String store) {
        return "warning: cross-article resolution of " + store + " is pending (an ingest, load or remove was interrupted): "
                + "entities, events and the stored queries' answers are incomplete until 'claimtrace resolve' or the next ingest "
                + "finishes it";
    }
}
