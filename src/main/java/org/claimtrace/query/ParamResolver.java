package org.claimtrace.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.shared.PrefixMapping;
import org.claimtrace.map.Iris;
import org.claimtrace.store.ArticleLookup;
import org.claimtrace.store.ArticleStore;

/**
 * Turns what a user typed for a stored query's parameter into the RDF term the query needs. A
 * parameter whose header says it takes an IRI accepts, besides the IRI itself, what a readable
 * table shows: a prefixed name ({@code ev:attack-kabul}), an article's file name (with a
 * {@code #fragment} for a fact in it), and an entity's or event's name, which is looked up among
 * the labels and IRI endings of the store's entities and events. A value that names nothing in the
 * store is still bound (the rows are then simply empty) and a note names the closest IRIs, so a typo
 * is told apart from an empty answer; a name shared by several things is an error listing them.
 */
public final class ParamResolver {
    private static final Pattern IRI_PARAM = Pattern.compile("\\bIRI\\b");
    private static final Pattern PREFIXED = Pattern.compile("^([A-Za-z][\\w-]*):([^/\\s]*)$");
    private static final int CLOSEST = 3;

    private static final String EXISTS = """
            ASK { { GRAPH ?g { ?x ?p ?o } } UNION { GRAPH ?g { ?s ?p ?x } } }
            """;
    /**
     * The entities and events with every name, the preferred one first: the summaries resolution
     * keeps (the only nodes with ct:mentionCount).
     */
    private static final String NAMES = """
            PREFIX ct:   <https://claimtrace.org/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?x ?label WHERE {
              GRAPH ?g { ?x ct:mentionCount ?n OPTIONAL { { ?x skos:prefLabel ?label BIND (0 AS ?rank) } UNION { ?x skos:altLabel ?label BIND (1 AS ?rank) } } }
            } ORDER BY ?rank
            """;
    private static final String FILES = """
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?x ?label WHERE { GRAPH ?x { ?x dct:source ?label } }
            """;

    /** The bindings, and one line for the user about each value that was looked up or names nothing. */
    public record Outcome(Map<String, Node> bindings, List<String> notes) {}

    /** Something a value may mean: an IRI and one of its names. */
    private record Candidate(String iri, String name) {}

    private final ArticleStore store;
    private final Iris iris;
    private final PrefixMapping prefixes;
    private final QueryRunner runner;
    private List<Candidate> names;
    private List<Candidate> files;

    public ParamResolver(ArticleStore store, Iris iris, PrefixMapping prefixes) {
        this.store = store;
        this.iris = iris;
        this.prefixes = prefixes;
        this.runner = QueryRunner.over(store);
    }

    public Outcome resolve(StoredQuery query, Map<String, String> params) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        params.forEach((param, value) -> {
            String description = query.description(param);
            // A parameter that takes names itself (entity-profile's entity) gets the text as typed.
            boolean iri = IRI_PARAM.matcher(description).find() && !description.contains("label");
            bindings.put(param, iri ? iri(param, value, notes) : QueryRunner.toNode(value));
        });
        return new Outcome(bindings, notes);
    }

    private Node iri(String param, String value, List<String> notes) {
        Node given = QueryRunner.toNode(value);
        String iri = given.isURI() ? given.getURI() : expand(param, value, notes);
        if (iri == null) {
            notes.add(param + "=" + value + " names nothing in the store; closest: " + closest(param, value));
            return given;
        }
        if (!exists(iri)) notes.add(param + "=" + value + " names nothing in the store; closest: " + closest(param, local(iri)));
        return NodeFactory.createURI(iri);
    }

    /** The IRI a bare value stands for, or null when it is none of the forms this class reads. */
    private String expand(String param, String value, List<String> notes) {
        var prefixed = PREFIXED.matcher(value);
        if (prefixed.matches() && prefixes.getNsPrefixURI(prefixed.group(1)) != null) {
            return prefixes.getNsPrefixURI(prefixed.group(1)) + prefixed.group(2);
        }
        String[] articleAndFragment = value.split("#", 2);
        if (articleAndFragment.length == 2 || param.equals("article")) {
            Optional<String> article = article(articleAndFragment[0]);
            if (article.isPresent()) return article.get() + (articleAndFragment.length == 2 ? "#" + articleAndFragment[1] : "");
            if (param.equals("article")) return null;
        }
        List<String> named = names().stream().filter(c -> matches(c, value)).map(Candidate::iri).distinct().toList();
        if (named.size() > 1) {
            throw new IllegalArgumentException(param + "=" + value + " is a name of " + named.size() + " things: "
                    + String.join(", ", named.stream().map(this::show).toList()) + "; give one of them");
        }
        if (named.isEmpty()) return null;
        notes.add(param + "=" + value + " taken as " + show(named.getFirst()));
        return named.getFirst();
    }

    private Optional<String> article(String doc) {
        try {
            return Optional.of(ArticleLookup.find(store, iris, doc));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A name equal to the value, or an IRI ending in it, ignoring case and "-" for " ". */
    private static boolean matches(Candidate c, String value) {
        String v = normal(value);
        return normal(c.name()).equals(v) || normal(local(c.iri())).equals(v);
    }

    private boolean exists(String iri) {
        var r = runner.run(QueryRunner.parse(EXISTS), Map.of("x", NodeFactory.createURI(iri)));
        return r instanceof QueryRunner.Result.Bool b && b.value();
    }

    private String closest(String param, String value) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String v = normal(value);
        List<Candidate> pool = param.equals("article") || value.contains("#") ? files() : names();
        Map<String, Integer> best = new LinkedHashMap<>();
        for (Candidate c : pool) {
            int d = Math.min(distance.apply(v, normal(c.name())), distance.apply(v, normal(local(c.iri()))));
            best.merge(c.iri(), d, Math::min);
        }
        List<String> top = best.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(CLOSEST).map(e -> show(e.getKey())).toList();
        return top.isEmpty() ? "(the store is empty)" : String.join(", ", top);
    }

    /** An IRI as a person reads it: prefixed, with its first name in parentheses. */
    private String show(String iri) {
        String name = names().stream().filter(c -> c.iri().equals(iri)).map(Candidate::name).filter(n -> !n.isEmpty())
                .findFirst().orElse(null);
        if (name == null) name = files().stream().filter(c -> c.iri().equals(iri)).map(Candidate::name).findFirst().orElse(null);
        String shortForm = prefixes.shortForm(iri);
        String shown = shortForm.equals(iri) ? "<" + iri + ">" : shortForm;
        return name == null ? shown : shown + " (" + name + ")";
    }

    private List<Candidate> names() {
        if (names == null) names = candidates(NAMES);
        return names;
    }

    private List<Candidate> files() {
        if (files == null) files = candidates(FILES);
        return files;
    }

    private List<Candidate> candidates(String sparql) {
        List<Candidate> out = new ArrayList<>();
        for (QuerySolution s : runner.select(sparql, Map.of())) {
            out.add(new Candidate(s.getResource("x").getURI(), s.contains("label") ? s.getLiteral("label").getString() : ""));
        }
        return out;
    }

    private static String local(String iri) {
        return iri.replaceFirst("^.*[/#]", "");
    }

    private static String normal(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }
}
