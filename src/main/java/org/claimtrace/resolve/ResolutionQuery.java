package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.claimtrace.map.Prefixes;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.util.Resources;

/**
 * The SPARQL resolution reads the store with, one {@code .rq} file each in {@code queries/} beside
 * this class. They are not in the project's queries/ folder: those are the user's stored queries
 * ({@code claimtrace queries} lists them, a user folder overrides them), these are the resolve
 * stage's own. The files hold no PREFIX lines: every query gets those of {@link Prefixes#ALL},
 * the one source of the namespaces claimtrace writes. A query over "every article graph" binds
 * {@code ?resolution} to the resolution graph it leaves out. Each query matches inside one graph
 * and projects that graph, so its rows split by graph ({@link ResolutionRows}).
 */
enum ResolutionQuery {
    MENTIONS("mentions"),
    EVENTS("events"),
    EVENT_PARTIES("event-parties"),
    EVENT_CONTEXT("event-context"),
    EVENT_STORY("event-story"),
    DESCRIPTIONS("descriptions"),
    CLAIMS("claims"),
    POSITIONS("positions"),
    FACTS("facts", "article"),
    BRANCH_LINKS("branch-links"),
    ENTITY_TYPES("entity-types"),
    ENTITY_NAMES("entity-names"),
    MENTION_COUNTS("mention-counts");

    /** Every query. */
    static final Set<ResolutionQuery> ALL = EnumSet.allOf(ResolutionQuery.class);

    /** What entity and event resolution read, before article graphs are rewritten. */
    static final Set<ResolutionQuery> RESOLUTION_INPUTS = EnumSet.range(MENTIONS, DESCRIPTIONS);

    /** What the resolution graph is built from, after article graphs are rewritten. */
    static final Set<ResolutionQuery> GRAPH_INPUTS = EnumSet.range(CLAIMS, MENTION_COUNTS);

    private static final String PREFIXES = prefixes();

    private final String text;
    private final Var graphVar;
    private final List<Var> vars;

    ResolutionQuery(String file) {
        this(file, "g");
    }

    /** Every query matches inside one graph and projects it as {@code graphVar}: its rows split by graph. */
    ResolutionQuery(String file, String graphVar) {
        this.text = String.join("\n", Resources.lines(ResolutionQuery.class, "queries/" + file + ".rq"));
        this.graphVar = Var.alloc(graphVar);
        Query parsed = QueryFactory.create(prefixes() + text);
        if (!parsed.getProjectVars().contains(this.graphVar)) {
            throw new IllegalStateException("queries/" + file + ".rq must project ?" + graphVar + ", the graph each row comes from");
        }
        List<Var> order = new ArrayList<>();
        if (parsed.getOrderBy() != null) {
            for (SortCondition c : parsed.getOrderBy()) if (c.getExpression().isVariable()) order.add(c.getExpression().asVar());
        }
        for (Var v : parsed.getProjectVars()) if (!order.contains(v)) order.add(v);
        order.remove(this.graphVar);
        this.vars = List.copyOf(order);
    }

    /** The query as run: the prefixes, then the file. */
    String sparql() {
        return PREFIXES + text;
    }

    /** The variable bound to the graph of each row. */
    Var graphVar() {
        return graphVar;
    }

    /**
     * The other projected variables, in the order a graph's rows are sorted by (the query's ORDER
     * BY variables first), so that rows come in one order however they were read.
     */
    List<Var> vars() {
        return vars;
    }

    /** The rows with {@code ?resolution} bound to the resolution graph. */
    List<QuerySolution> rows(QueryRunner q, String resolutionGraph) {
        Map<String, Node> bound = Map.of("resolution", NodeFactory.createURI(resolutionGraph));
        return q.select(sparql(), bound);
    }

    /** A digest of every query's text: rows saved by other queries are no use. */
    static String digest() {
        return Digest.OF_ALL;
    }

    /** Computed once, on first use, after the constants exist. */
    private static final class Digest {
        static final String OF_ALL = of();

        private static String of() {
            StringBuilder all = new StringBuilder();
            for (ResolutionQuery q : values()) all.append(q.name()).append('\n').append(q.sparql()).append('\n');
            return org.claimtrace.source.ArticleIds.sha256(all.toString());
        }
    }

    private static String prefixes() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(Prefixes.ALL).forEach((prefix, ns) -> out.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return out.toString();
    }
}
