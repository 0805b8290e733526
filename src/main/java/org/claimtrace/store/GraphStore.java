package org.claimtrace.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The store stage: a Jena TDB2 dataset on local disk, one named graph per article. Every write is
 * one transaction, so a failed article leaves the store as it was.
 */
public final class GraphStore implements ArticleStore {
    public static final Path DEFAULT_DIR = Path.of("claimtrace-db");

    private final Path dir;
    private final Dataset dataset;

    private GraphStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens the store in {@code dir}, creating it when there is none, with a one-line error when that cannot be. */
    public static GraphStore open(Path dir) {
        return open(dir, true);
    }

    /**
     * Opens the store in {@code dir}, which must exist: commands that only read (or change what is
     * there) never create a store, so a mistyped --store is an error, not an empty answer.
     */
    public static GraphStore openExisting(Path dir) {
        return open(dir, false);
    }

    private static GraphStore open(Path dir, boolean create) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("store " + dir + " is a file, not a folder; give --store a folder");
        }
        if (!create && (!Files.isDirectory(dir) || isEmpty(dir))) {
            throw new StoreException("no store in " + dir + (Files.isDirectory(dir) ? " (an empty folder)" : " (no such folder)")
                    + "; give --store the folder you ingested into, or ingest first");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !looksLikeTdb2(dir)) {
            throw new StoreException("store " + dir + " is not a TDB2 store (a non-empty folder without TDB2 files); "
                    + "give --store a new or empty folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + dir + " (" + (e instanceof java.nio.file.AccessDeniedException
                    ? "permission denied" : e.getMessage()) + ")", e);
        }
        Dataset ds;
        try {
            ds = TDB2Factory.connectDataset(dir.toString());
        } catch (RuntimeException e) {
            throw StoreOpenFailure.of(dir, e);
        }
        try {
            StoreQueryExecutor.install(ds);
            probe(ds);
            return new GraphStore(dir, ds);
        } catch (RuntimeException e) {
            org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
            throw StoreOpenFailure.isStorageFailure(e) ? StoreOpenFailure.damaged(dir, e) : e;
        }
    }

    /**
     * Reads a little of every kind of index (a quad, a default-graph triple, the graph names, a
     * node), so that damaged files show when the store is opened rather than as a stack trace in
     * the middle of a command.
     */
    private static void probe(Dataset ds) {
        Txn.executeRead(ds, () -> {
            var dsg = ds.asDatasetGraph();
            dsg.find().hasNext();
            dsg.getDefaultGraph().find().hasNext();
            dsg.listGraphNodes().hasNext();
            dsg.find(Node.ANY, Node.ANY, Node.ANY,
                    NodeFactory.createLiteralString("claimtrace")).hasNext();
        });
    }

    /** The one-line error for a failure of TDB2's storage met after opening, or null when {@code e} is not one. */
    public static StoreException storageFailure(Throwable e) {
        return e instanceof StoreException || !StoreOpenFailure.isStorageFailure(e) ? null : StoreOpenFailure.damaged(null, e);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .anyMatch(n -> n.startsWith("Data-") || n.equals("tdb.lock") || n.startsWith("Backups"));
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    public Path dir() {
        return dir;
    }

    public Dataset dataset() {
        return dataset;
    }

    @Override
    public Dataset localDataset() {
        return dataset;
    }

    @Override
    public String queryEndpoint() {
        return null;
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public org.apache.jena.rdf.model.Model graph(String graphIri) {
        return Txn.calculateRead(dataset, () ->
                org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(dataset.getNamedModel(graphIri)));
    }

    @Override
    public boolean contains(String graphIri) {
        return Txn.calculateRead(dataset, () -> dataset.containsNamedModel(graphIri));
    }

    /** Replaces one article's graph in one write transaction, which also records that resolution is pending. */
    @Override
    public void put(String graphIri, Model graph) {
        write(Map.of(graphIri, graph), dsg -> ResolutionState.markChanged(dsg, List.of(graphIri)));
    }

    /** Replaces several articles' graphs in one write transaction (all or none), which also records that resolution is pending. */
    @Override
    public void putAll(Map<String, Model> graphs) {
        write(graphs, dsg -> ResolutionState.markChanged(dsg, graphs.keySet()));
    }

    @Override
    public void putResolution(String graphIri, Model graph) {
        putResolution(graphIri, graph, null);
    }

    /** The resolution graph, the end of "pending" and the token of the inputs it saved (null: none), in one write transaction. */
    @Override
    public void putResolution(String graphIri, Model graph, String inputsToken) {
        write(Map.of(graphIri, graph), dsg -> ResolutionState.markDone(dsg, graphIri, inputsToken));
    }

    /**
     * Changes the resolution graph by these triples, ends "pending" and names the saved inputs,
     * in one write transaction: for a resolution that knows the graph it replaces, which is then
     * not read back.
     */
    public void patchResolution(String graphIri, Collection<Triple> delete, Collection<Triple> add, String inputsToken) {
        Node g = NodeFactory.createURI(graphIri);
        Txn.executeWrite(dataset, () -> {
            var dsg = dataset.asDatasetGraph();
            delete.forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
            add.forEach(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            ResolutionState.markDone(dsg, graphIri, inputsToken);
        });
    }

    @Override
    public ResolutionState.Changes changesSinceResolution(String resolutionGraph) {
        return Txn.calculateRead(dataset, () -> ResolutionState.changes(dataset.asDatasetGraph(), resolutionGraph));
    }

    /** Drops the token of the saved resolution inputs, so the next resolution reads the whole store: before writes it cannot name. */
    public void forgetResolutionInputs() {
        Txn.executeWrite(dataset, () -> ResolutionState.forgetInputs(dataset.asDatasetGraph()));
    }

    /** Records that these graphs change (resolution is then pending), before a writer that cannot do so in its own transaction. */
    public void noteChanged(Collection<String> graphIris) {
        Txn.executeWrite(dataset, () -> ResolutionState.markChanged(dataset.asDatasetGraph(), graphIris));
    }

    /** An in-memory copy of these named graphs (those there are), read in one transaction. */
    public Dataset copyOf(Collection<String> graphIris) {
        DatasetGraph copy = DatasetGraphFactory.create();
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (String iri : graphIris) dsg.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(copy::add);
        });
        return DatasetFactory.wrap(copy);
    }

    /** The graphs replaced and the resolution state set, in one write transaction. */
    private void write(Map<String, Model> graphs, Consumer<DatasetGraph> resolutionState) {
        Txn.executeWrite(dataset, () -> {
            graphs.forEach(this::replace);
            resolutionState.accept(dataset.asDatasetGraph());
        });
    }

    @Override
    public boolean resolutionPending() {
        return Txn.calculateRead(dataset, () -> ResolutionState.isPending(dataset.asDatasetGraph()));
    }

    /**
     * Makes a named graph hold exactly {@code graph}, deleting and adding only the triples that
     * differ: resolution rewrites a graph to change a few labels and IRIs, and each quad written
     * costs six index updates. (Blank nodes never compare equal across the two, so they are
     * replaced; article graphs have none.)
     */
    private void replace(String graphIri, Model graph) {
        var dsg = dataset.asDatasetGraph();
        var g = NodeFactory.createURI(graphIri);
        org.apache.jena.graph.Graph want = graph.getGraph();
        java.util.List<Triple> stale = new java.util.ArrayList<>();
        java.util.Set<Triple> kept = new java.util.HashSet<>();
        dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            var t = q.asTriple();
            if (want.contains(t)) kept.add(t); else stale.add(t);
        });
        stale.forEach(t -> dsg.delete(g, t.getSubject(), t.getPredicate(), t.getObject()));
        want.find().forEach(t -> {
            if (!kept.contains(t)) dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        });
    }

    /** Drops one article's graph, recording in the same transaction that resolution is pending; false when there was none. */
    @Override
    public boolean remove(String graphIri) {
        return Txn.calculateWrite(dataset, () -> {
            if (!dataset.containsNamedModel(graphIri)) return false;
            dataset.removeNamedModel(graphIri);
            ResolutionState.markChanged(dataset.asDatasetGraph(), List.of(graphIri));
            return true;
        });
    }

    @Override
    public List<String> graphNames() {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new java.util.ArrayList<>();
            dataset.listNames().forEachRemaining(out::add);
            return out;
        });
    }

    /** Graphs whose article came from a source of this name (dct:source). */
    @Override
    public List<String> graphsWithSource(String sourceName) {
        return Txn.calculateRead(dataset, () -> {
            List<String> out = new java.util.ArrayList<>();
            var src = NodeFactory.createLiteralString(sourceName);
            var pred = NodeFactory.createURI("http://purl.org/dc/terms/source");
            dataset.asDatasetGraph().find(Node.ANY, Node.ANY, pred, src)
                    .forEachRemaining(q -> out.add(q.getGraph().getURI()));
            return out.stream().distinct().toList();
        });
    }

    /** Total quads, in one read. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    }

    /**
     * Reclaims the space earlier versions of graphs hold: TDB2 never overwrites in place, so many
     * rewrites (cross-article resolution after a large load) grow the store until compacted.
     */
    public void compact() {
        org.apache.jena.tdb2.DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }
}
