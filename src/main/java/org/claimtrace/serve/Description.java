package org.claimtrace.serve;

import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.claimtrace.query.QueryRunner;

/**
 * What the server says about one of the store's IRIs when it is looked up (linked data). An
 * article is the document of its graph: the whole graph, which also describes the article's hash
 * IRIs (its sentences, mentions and facts, {@code article#claim-84-183}). Anything else (an entity,
 * an event) is described by what every graph says of it, with the labels of what it links to, and
 * by the nodes that point at it (facts with their type, label and evidence sentence; mentions are
 * left out, as they only repeat the text), at most {@link #INCOMING} of those.
 */
final class Description {
    static final int INCOMING = 1000;

    private static final String PREFIXES = """
            PREFIX ct:     <https://claimtrace.org/ns#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX prov:   <http://www.w3.org/ns/prov#>
            PREFIX schema: <https://schema.org/>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final Query IS_ARTICLE = QueryRunner.parse(PREFIXES + "ASK { GRAPH ?x { ?x a schema:NewsArticle } }");
    private static final Query GRAPH = QueryRunner.parse("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?x { ?s ?p ?o } }");
    private static final Query OUTGOING = QueryRunner.parse(PREFIXES + """
            CONSTRUCT { ?x ?p ?o . ?o skos:prefLabel ?label }
            WHERE { GRAPH ?g { ?x ?p ?o OPTIONAL { ?o skos:prefLabel ?label } } }
            """);
    private static final Query INCOMING_LINKS = QueryRunner.parse(PREFIXES + """
            CONSTRUCT { ?s ?p ?x . ?s a ?type ; skos:prefLabel ?label ; ct:evidenceText ?text ; prov:wasDerivedFrom ?article }
            WHERE {
              { SELECT DISTINCT ?s ?p ?g WHERE { GRAPH ?g { ?s ?p ?x } FILTER (?p != itsrdf:taIdentRef) } LIMIT %d }
              GRAPH ?g {
                OPTIONAL { ?s a ?type }
                OPTIONAL { ?s skos:prefLabel ?label }
                OPTIONAL { ?s ct:evidenceText ?text }
                OPTIONAL { ?s prov:wasDerivedFrom ?article }
              }
            }
            """.formatted(INCOMING));

    private final QueryRunner runner;

    Description(Dataset dataset, long timeoutSeconds) {
        this.runner = new QueryRunner(dataset).timeout(timeoutSeconds);
    }

    /** The description of {@code iri}; empty when the store says nothing of it. */
    Model of(String iri) {
        Map<String, org.apache.jena.graph.Node> x = Map.of("x", NodeFactory.createURI(iri));
        if (runner.run(IS_ARTICLE, x) instanceof QueryRunner.Result.Bool b && b.value()) return graph(GRAPH, x);
        Model m = ModelFactory.createDefaultModel();
        m.add(graph(OUTGOING, x));
        m.add(graph(INCOMING_LINKS, x));
        return m;
    }

    private Model graph(Query q, Map<String, org.apache.jena.graph.Node> x) {
        return ((QueryRunner.Result.Graph) runner.run(q, x)).model();
    }
}
