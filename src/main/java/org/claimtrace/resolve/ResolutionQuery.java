package org.claimtrace.resolve;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * {@code ?resolution} to the resolution graph it leaves out.
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
    FACTS("facts"),
    BRANCH_LINKS("branch-links"),
    ENTITY_TYPES("entity-types"),
    ENTITY_NAMES("entity-names"),
    MENTION_COUNTS("mention-counts");

    private static final String PREFIXES = prefixes();

    private final String text;

    ResolutionQuery(String file) {
        this.text = String.join("\n", Resources.lines(ResolutionQuery.class, "queries/" + file + ".rq"));
    }

    /** The query as run: the prefixes, then the file. */
    String sparql() {
        return PREFIXES + text;
    }

    List<QuerySolution> rows(QueryRunner q) {
        return q.select(sparql(), Map.of());
    }

    /** The rows with {@code ?resolution} bound to the resolution graph. */
    List<QuerySolution> rows(QueryRunner q, String resolutionGraph) {
        Map<String, Node> bound = Map.of("resolution", NodeFactory.createURI(resolutionGraph));
        return q.select(sparql(), bound);
    }

    private static String prefixes() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(Prefixes.ALL).forEach((prefix, ns) -> out.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return out.toString();
    }
}
