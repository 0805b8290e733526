package org.claimtrace.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The property-graph export formats and the tools that read them. */
public enum GraphFormat {
    /** GraphML with typed keys: yEd, Gephi, Cytoscape desktop, NetworkX. */
    GRAPHML,
    /** GEXF 1.2 with declared attributes: Gephi. */
    GEXF,
    /** Graphviz DOT: dot, neato, sfdp. */
    DOT,
    /** Cytoscape.js elements JSON ({"elements": {"nodes": [...], "edges": [...]}}). */
    CYTOSCAPE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GraphFormat> find(String name) {
        return Arrays.stream(values()).filter(f -> f.label().equalsIgnoreCase(name)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(GraphFormat::label).collect(Collectors.joining(", "));
    }
}
