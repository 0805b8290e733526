package org.claimtrace.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.claimtrace.query.QueryRunner;

/**
 * Scores a store against a gold file. Documents are matched by source file name (dct:source);
 * a system entity matches a gold identity when any of its labels in that article (prefLabel or
 * altLabel) equals, case-insensitively, the identity's id or one of its aliases. Entities must
 * also have the gold type. Claims are scored as (document, claimant), attributions as
 * (document, attributor, attributed-to), reports as (document, reporter), each as sets.
 */
public final class Evaluator {
    private final Dataset dataset;
    private final Gold gold;
    /** Per document: gold items missed and system items not in the gold, for the report. */
    private final List<String> differences = new ArrayList<>();

    public Evaluator(Dataset dataset, Gold gold) {
        this.dataset = dataset;
        this.gold = gold;
    }

    public List<String> differences() {
        return differences;
    }

    public List<Score> score() {
        Map<String, String> articleOf = articles();
        Score[] totals = {new Score("entities", 0, 0, 0), new Score("claims", 0, 0, 0),
                new Score("attributions", 0, 0, 0), new Score("reports", 0, 0, 0)};
        for (var e : gold.docs().entrySet()) {
            String article = articleOf.get(e.getKey());
            Gold.Doc g = e.getValue();
            Map<String, Set<String>> ids = entityIds(article);
            Set<String> sysEntities = new HashSet<>();
            for (var row : article == null ? List.<Map<String, RDFNode>>of() : rows(article, ENTITIES)) {
                String ent = row.get("entity").toString();
                String type = row.get("type").asLiteral().getString();
                for (String id : ids.getOrDefault(ent, Set.of())) {
                    if (type.equals(gold.typeOf().get(id))) sysEntities.add(id);
                }
            }
            totals[0] = add(totals[0], e.getKey(), Set.copyOf(g.entities()), sysEntities, entityCount(article));
            totals[1] = add(totals[1], e.getKey(), Set.copyOf(g.claimants()),
                    names(article, CLAIMS, ids, "claimant", Set.copyOf(g.claimants())), -1);
            Set<String> goldAttr = new HashSet<>();
            Set<String> attributors = new HashSet<>();
            Set<String> parties = new HashSet<>();
            for (List<String> a : g.attributions()) {
                goldAttr.add(a.get(0) + " -> " + a.get(1));
                attributors.add(a.get(0));
                parties.add(a.get(1));
            }
            Set<String> sysAttr = new LinkedHashSet<>();
            for (var row : article == null ? List.<Map<String, RDFNode>>of() : rows(article, ATTRIBUTIONS)) {
                String by = row.containsKey("attributor") ? name(row.get("attributor"), ids, attributors) : "(none)";
                sysAttr.add(by + " -> " + name(row.get("party"), ids, parties));
            }
            totals[2] = add(totals[2], e.getKey(), goldAttr, sysAttr, -1);
            totals[3] = add(totals[3], e.getKey(), Set.copyOf(g.reporters()),
                    names(article, REPORTS, ids, "reporter", Set.copyOf(g.reporters())), -1);
        }
        return List.of(totals);
    }

    private Score add(Score s, String doc, Set<String> goldSet, Set<String> sys, int predictedOverride) {
        Set<String> tp = new HashSet<>(sys);
        tp.retainAll(goldSet);
        for (String missed : goldSet) if (!sys.contains(missed)) differences.add(s.kind() + " " + doc + " missed: " + missed);
        for (String extra : sys) if (!goldSet.contains(extra)) differences.add(s.kind() + " " + doc + " extra: " + extra);
        int predicted = predictedOverride >= 0 ? predictedOverride : sys.size();
        return new Score(s.kind(), s.truePositives() + tp.size(), s.predicted() + predicted, s.gold() + goldSet.size());
    }

    private static final String P = "PREFIX ct: <https://claimtrace.org/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX dct: <http://purl.org/dc/terms/> PREFIX schema: <https://schema.org/> ";
    /** Named entities only: described parties ("military officials") are none, as the gold's conventions say. */
    private static final String ENTITIES = P + "SELECT DISTINCT ?entity ?type WHERE { GRAPH ?article { ?entity a ct:Entity ; ct:entityType ?type "
            + "FILTER NOT EXISTS { ?entity a ct:DescribedParty } } }";
    private static final String LABELS = P + "SELECT ?entity ?label WHERE { GRAPH ?article { ?entity a ?c . "
            + "FILTER(?c IN (ct:Entity, ct:Event)) { ?entity skos:prefLabel ?label } UNION { ?entity skos:altLabel ?label } } }";
    private static final String CLAIMS = P + "SELECT ?claimant WHERE { GRAPH ?article { ?f a ct:Claim ; ct:claimant ?claimant } }";
    private static final String ATTRIBUTIONS = P + "SELECT ?attributor ?party WHERE { GRAPH ?article { ?f a ct:Attribution ; "
            + "ct:attributedParty ?party OPTIONAL { ?f ct:attributor ?attributor } } }";
    private static final String REPORTS = P + "SELECT ?reporter WHERE { GRAPH ?article { ?f a ct:Report ; ct:reporter ?reporter } }";

    private Map<String, String> articles() {
        Map<String, String> out = new HashMap<>();
        for (var row : rows(null, P + "SELECT ?article ?source WHERE { GRAPH ?article { ?article a schema:NewsArticle ; dct:source ?source } }")) {
            out.put(row.get("source").asLiteral().getString(), row.get("article").toString());
        }
        return out;
    }

    private int entityCount(String article) {
        return article == null ? 0 : rows(article, ENTITIES).size();
    }

    /** Gold identity ids of each entity of an article, by its labels there. */
    private Map<String, Set<String>> entityIds(String article) {
        Map<String, Set<String>> out = new HashMap<>();
        if (article == null) return out;
        for (var row : rows(article, LABELS)) {
            List<String> ids = gold.idsByAlias().get(Gold.norm(row.get("label").asLiteral().getString()));
            if (ids != null) out.computeIfAbsent(row.get("entity").toString(), k -> new LinkedHashSet<>()).addAll(ids);
        }
        return out;
    }

    private Set<String> names(String article, String query, Map<String, Set<String>> ids, String var, Set<String> expected) {
        Set<String> out = new LinkedHashSet<>();
        if (article == null) return out;
        for (var row : rows(article, query)) out.add(name(row.get(var), ids, expected));
        return out;
    }

    /**
     * The gold identity a node stands for: one of the identities its labels name, the one the
     * document's gold expects in this role when its labels name several (identities of a set may
     * share an alias: "Kumar"), else the first; the IRI when its labels name none.
     */
    private String name(RDFNode n, Map<String, Set<String>> ids, Set<String> expected) {
        Set<String> s = ids.get(n.toString());
        if (s == null || s.isEmpty()) return n.toString();
        for (String id : s) if (expected.contains(id)) return id;
        return s.iterator().next();
    }

    private List<Map<String, RDFNode>> rows(String article, String sparql) {
        List<Map<String, RDFNode>> out = new ArrayList<>();
        Map<String, org.apache.jena.graph.Node> binding = article == null ? Map.of()
                : Map.of("article", org.apache.jena.graph.NodeFactory.createURI(article));
        for (QuerySolution s : new QueryRunner(dataset).select(sparql, binding)) {
            Map<String, RDFNode> m = new HashMap<>();
            s.varNames().forEachRemaining(v -> m.put(v, s.get(v)));
            if (article != null) m.put("article", dataset.getDefaultModel().createResource(article));
            out.add(m);
        }
        return out;
    }
}
