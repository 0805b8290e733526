package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Future;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.util.ModelUtils;
import org.claimtrace.query.QueryRunner;

/**
 * What resolution reads: the rows of every {@link ResolutionQuery}, split by the graph they come
 * from, each graph's rows in one fixed order ({@link #ROW_ORDER}), the graphs in IRI order. Every
 * query matches inside one graph, so a graph's rows depend on that graph alone: the rows of the
 * whole store and the rows of a few graphs read on their own, put together, are the same rows in
 * the same order. That is what makes incremental resolution equal to a full one: it replaces the
 * rows of the graphs that changed and runs the same resolution over the same rows.
 */
final class ResolutionRows {
    /** Per graph, per query, its rows: the values of {@link ResolutionQuery#vars()}, null where unbound. */
    private final TreeMap<String, EnumMap<ResolutionQuery, List<Node[]>>> byGraph = new TreeMap<>();

    /** A total order of rows of one query and graph, so that no result depends on the order a store returns rows in. */
    static final Comparator<Node[]> ROW_ORDER = (a, b) -> {
        for (int i = 0; i < a.length; i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) return c;
        }
        return 0;
    };

    /**
     * Reads these queries over a dataset (the store, or a copy of some of its graphs), side by
     * side, leaving out the rows of the resolution graph.
     */
    static ResolutionRows read(QueryRunner q, Set<ResolutionQuery> queries, String resolutionGraph, ParallelReads reads) {
        Map<ResolutionQuery, Future<List<QuerySolution>>> pending = new EnumMap<>(ResolutionQuery.class);
        for (ResolutionQuery query : queries) pending.put(query, reads.submit(() -> query.rows(q, resolutionGraph)));
        ResolutionRows out = new ResolutionRows();
        pending.forEach((query, rows) -> out.add(query, ParallelReads.get(rows), resolutionGraph));
        out.sort();
        return out;
    }

    private void add(ResolutionQuery query, List<QuerySolution> rows, String resolutionGraph) {
        String graphVar = query.graphVar().getVarName();
        List<Var> vars = query.vars();
        for (QuerySolution s : rows) {
            String g = s.getResource(graphVar).getURI();
            if (g.equals(resolutionGraph)) continue;
            Node[] row = new Node[vars.size()];
            for (int i = 0; i < row.length; i++) {
                RDFNode n = s.get(vars.get(i).getVarName());
                row[i] = n == null ? null : n.asNode();
            }
            rowsOf(g, query).add(row);
        }
    }

    /** Adds one row as read back from saved inputs (already in order). */
    void addRow(String graph, ResolutionQuery query, Node[] row) {
        rowsOf(graph, query).add(row);
    }

    private List<Node[]> rowsOf(String graph, ResolutionQuery query) {
        return byGraph.computeIfAbsent(graph, g -> new EnumMap<>(ResolutionQuery.class)).computeIfAbsent(query, x -> new ArrayList<>());
    }

    private void sort() {
        byGraph.values().forEach(perQuery -> perQuery.values().forEach(rows -> rows.sort(ROW_ORDER)));
    }

    /**
     * Makes these rows hold {@code fresh}'s rows of {@code queries} for each of {@code graphs}
     * (none for a graph {@code fresh} has no rows of: removed, or without such things).
     */
    void replace(Collection<String> graphs, Set<ResolutionQuery> queries, ResolutionRows fresh) {
        for (String g : graphs) {
            EnumMap<ResolutionQuery, List<Node[]>> mine = byGraph.get(g);
            if (mine != null) mine.keySet().removeAll(queries);
            EnumMap<ResolutionQuery, List<Node[]>> theirs = fresh.byGraph.get(g);
            if (theirs != null) {
                theirs.forEach((query, rows) -> {
                    if (queries.contains(query)) rowsOf(g, query).addAll(rows);
                });
            }
            if (byGraph.containsKey(g) && byGraph.get(g).isEmpty()) byGraph.remove(g);
        }
    }

    /** Makes these rows hold {@code fresh}'s rows of {@code queries} for every graph. */
    void replaceAll(Set<ResolutionQuery> queries, ResolutionRows fresh) {
        Set<String> graphs = new HashSet<>(byGraph.keySet());
        graphs.addAll(fresh.byGraph.keySet());
        replace(graphs, queries, fresh);
    }

    /** Every graph with rows, in IRI order. */
    Set<String> graphs() {
        return byGraph.keySet();
    }

    /** The graph's rows of a query, in order (empty when none). */
    List<Node[]> rows(String graph, ResolutionQuery query) {
        EnumMap<ResolutionQuery, List<Node[]>> perQuery = byGraph.get(graph);
        return perQuery == null ? List.of() : perQuery.getOrDefault(query, List.of());
    }

    /** The query's rows over all graphs, as the whole-store query would give them, in graph order. */
    List<QuerySolution> of(ResolutionQuery query) {
        List<QuerySolution> out = new ArrayList<>();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < query.vars().size(); i++) columns.put(query.vars().get(i).getVarName(), i);
        columns.put(query.graphVar().getVarName(), GRAPH);
        byGraph.forEach((g, perQuery) -> {
            List<Node[]> rows = perQuery.get(query);
            if (rows == null) return;
            Node graph = NodeFactory.createURI(g);
            for (Node[] row : rows) out.add(new Row(columns, graph, row));
        });
        return out;
    }

    /** The column of the graph variable. */
    private static final int GRAPH = -1;

    /** One row as a query solution, without copying it into a binding. */
    private record Row(Map<String, Integer> columns, Node graph, Node[] values) implements QuerySolution {
        private Node node(String var) {
            Integer i = columns.get(var);
            return i == null ? null : i == GRAPH ? graph : values[i];
        }

        @Override
        public RDFNode get(String var) {
            Node n = node(var);
            return n == null ? null : ModelUtils.convertGraphNodeToRDFNode(n);
        }

        @Override
        public Resource getResource(String var) {
            RDFNode n = get(var);
            return n == null ? null : n.asResource();
        }

        @Override
        public Literal getLiteral(String var) {
            RDFNode n = get(var);
            return n == null ? null : n.asLiteral();
        }

        @Override
        public org.apache.jena.rdf.model.StatementTerm getStatementTerm(String var) {
            return (org.apache.jena.rdf.model.StatementTerm) get(var);
        }

        @Override
        public boolean contains(String var) {
            return node(var) != null;
        }

        @Override
        public Iterator<String> varNames() {
            return columns.keySet().stream().filter(this::contains).iterator();
        }
    }

    private static int compare(Node a, Node b) {
        if (a == b) return 0;
        if (a == null) return -1;
        if (b == null) return 1;
        int c = Integer.compare(rank(a), rank(b));
        if (c != 0) return c;
        if (a.isURI()) return a.getURI().compareTo(b.getURI());
        if (a.isLiteral()) {
            c = a.getLiteralLexicalForm().compareTo(b.getLiteralLexicalForm());
            if (c == 0) c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
            if (c == 0) c = a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
            return c;
        }
        return a.toString().compareTo(b.toString());
    }

    private static int rank(Node n) {
        return n.isURI() ? 0 : n.isLiteral() ? 1 : 2;
    }
}
