package org.claimtrace.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.claimtrace.map.CT;
import org.claimtrace.query.QueryRunner;

/**
 * The neighbourhood of an entity or event, for the explorer: the shortcut edges that touch it
 * (claimedBy, attributedTo, deniedBy, threatened, mediaOutletOf, branchOf), the facts it takes part
 * in with their other participants (claimant, attributor, channel, ...) and the reportedBy links of
 * those facts, each edge with its evidence. Depth counts entity hops; fact nodes are free.
 * Every query binds the IRI by substitution.
 */
public final class Neighbourhood {
    public static final int MAX_DEPTH = 3;

    private static final String PREFIXES = """
            PREFIX ct:     <https://claimtrace.org/ns#>
            PREFIX dct:    <http://purl.org/dc/terms/>
            PREFIX schema: <https://schema.org/>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            """;
    private static final String ROLES = "ct:claimant, ct:channel, ct:denier, ct:attributor, ct:attributedParty, ct:reporter, "
            + "ct:reportedSource, ct:source, ct:threatener, ct:target, ct:givenBy, ct:subjectEntity, ct:objectEntity, ct:event";
    private static final String KINDS = "ct:Claim, ct:Denial, ct:Attribution, ct:Report, ct:Statement, ct:Threat, ct:Figure, ct:OrgRelation";

    /** Facts ?x takes part in (or that ?x relayed), one row per participant of each. One BGP first (see queries/README). */
    private static final Query FACTS = QueryRunner.parse(PREFIXES + """
            SELECT ?fact ?kindClass ?role ?participant ?article ?sentence ?rule ?confidence WHERE {
              GRAPH ?article {
                ?fact ?xRole ?x ;
                    a ct:Fact ;
                    a ?kindClass ;
                    ?role ?participant .
                FILTER (?xRole IN (%s, ct:reportedBy))
                FILTER (?kindClass IN (%s))
                FILTER (?role IN (%s, ct:reported, ct:reportedBy) && isIRI(?participant))
                OPTIONAL { ?fact ct:evidenceText ?sentence }
                OPTIONAL { ?fact ct:rule ?rule }
                OPTIONAL { ?fact ct:confidence ?confidence }
              }
            }
            """.formatted(ROLES, KINDS, ROLES));

    /** Shortcut edges between entities that touch ?x, with the article graph that states each. */
    private static final Query SHORTCUTS = QueryRunner.parse(PREFIXES + """
            SELECT ?dir ?rel ?other ?article WHERE {
              { GRAPH ?article { ?x ?rel ?other } BIND ("out" AS ?dir) }
              UNION
              { GRAPH ?article { ?other ?rel ?x } BIND ("in" AS ?dir) }
              FILTER (?rel IN (ct:claimedBy, ct:attributedTo, ct:deniedBy, ct:threatened, ct:mediaOutletOf, ct:branchOf))
            }
            """);

    /** The node's summary in the resolution graph (the only graph with ct:mentionCount): its label and type over all articles. */
    private static final Query LABELS = QueryRunner.parse(PREFIXES + """
            SELECT ?label ?type WHERE {
              GRAPH ?summary { ?x ct:mentionCount ?mentions ; ct:entityType ?type OPTIONAL { ?x skos:prefLabel ?label } }
            }
            """);

    private static final Query ARTICLE = QueryRunner.parse(PREFIXES + """
            SELECT ?file ?date ?publisher WHERE {
              GRAPH ?x {
                OPTIONAL { ?x dct:source ?file }
                OPTIONAL { ?x schema:datePublished ?date }
                OPTIONAL { ?x schema:publisher ?publisher }
              }
            }
            """);

    /** Which fact kind and roles stand behind each shortcut edge, to find its evidence. */
    private record Backing(String kind, String subjectRole, String objectRole) {}

    private static final Map<String, Backing> BACKING = Map.of(
            "claimedBy", new Backing("Claim", "event", "claimant"),
            "attributedTo", new Backing("Attribution", "event", "attributedParty"),
            "deniedBy", new Backing("Denial", "event", "denier"),
            "threatened", new Backing("Threat", "threatener", "target"),
            "mediaOutletOf", new Backing("OrgRelation", "subjectEntity", "objectEntity"),
            "branchOf", new Backing("OrgRelation", "subjectEntity", "objectEntity"));

    /** One fact as stored: its kind, article, evidence and participants by role. */
    private record Fact(String iri, String kind, String article, String sentence, String rule, String confidence,
            Map<String, Set<String>> roles) {}

    private record ArticleInfo(String file, String date, String outlet) {}

    private final QueryRunner runner;
    private final Map<String, GraphView.Node> nodeCache = new HashMap<>();
    private final Map<String, ArticleInfo> articleCache = new HashMap<>();

    public Neighbourhood(Dataset dataset, long timeoutSeconds) {
        this.runner = new QueryRunner(dataset).timeout(timeoutSeconds);
    }

    /** The graph within {@code depth} entity hops of {@code iri}, at most {@code maxNodes} entities. */
    public GraphView around(String iri, int depth, int maxNodes) {
        if (depth < 1 || depth > MAX_DEPTH) throw new IllegalArgumentException("depth " + depth + " is out of range; use 1.." + MAX_DEPTH);
        Map<String, Fact> facts = new LinkedHashMap<>();
        Map<String, Set<String>> shortcuts = new TreeMap<>(); // "s|rel|o" -> articles
        Set<String> entities = new LinkedHashSet<>(List.of(iri));
        Set<String> frontier = new LinkedHashSet<>(List.of(iri));
        boolean truncated = false;
        for (int level = 0; level < depth && !frontier.isEmpty(); level++) {
            Set<String> next = new LinkedHashSet<>();
            for (String x : frontier) {
                for (Fact f : facts(x)) {
                    facts.putIfAbsent(f.iri(), f);
                    f.roles().forEach((role, ps) -> { if (!role.equals("reported")) next.addAll(ps); });
                }
                shortcuts(x, shortcuts, next);
            }
            next.removeAll(entities);
            for (String n : next) {
                if (entities.size() >= maxNodes) {
                    truncated = true;
                    break;
                }
                entities.add(n);
            }
            next.retainAll(entities);
            frontier = next;
        }
        return assemble(iri, entities, facts, shortcuts, truncated);
    }

    private List<Fact> facts(String x) {
        Map<String, Fact> out = new LinkedHashMap<>();
        for (QuerySolution s : rows(FACTS, x)) {
            String iri = s.getResource("fact").getURI();
            Fact f = out.computeIfAbsent(iri, k -> new Fact(iri, local(s.getResource("kindClass").getURI()),
                    s.getResource("article").getURI(), str(s, "sentence"), str(s, "rule"), str(s, "confidence"), new TreeMap<>()));
            f.roles().computeIfAbsent(local(s.getResource("role").getURI()), k -> new TreeSet<>())
                    .add(s.getResource("participant").getURI());
        }
        // A report of another fact is drawn as that fact's reportedBy edge, not as a node of its own.
        return out.values().stream().filter(f -> !(f.kind().equals("Report") && f.roles().containsKey("reported"))).toList();
    }

    private void shortcuts(String x, Map<String, Set<String>> into, Set<String> next) {
        for (QuerySolution s : rows(SHORTCUTS, x)) {
            RDFNode other = s.get("other");
            if (!other.isURIResource()) continue;
            String o = other.asResource().getURI();
            String rel = local(s.getResource("rel").getURI());
            String key = s.getLiteral("dir").getString().equals("out") ? x + "|" + rel + "|" + o : o + "|" + rel + "|" + x;
            into.computeIfAbsent(key, k -> new TreeSet<>()).add(s.getResource("article").getURI());
            next.add(o);
        }
    }

    private GraphView assemble(String center, Set<String> entities, Map<String, Fact> facts,
            Map<String, Set<String>> shortcuts, boolean truncated) {
        Map<String, GraphView.Node> nodes = new LinkedHashMap<>();
        for (String e : entities) nodes.put(e, node(e));
        List<GraphView.Edge> edges = new ArrayList<>();

        // Facts with the same kind and participants (in several articles) become one node.
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts.values()) {
            Map<String, Set<String>> key = new TreeMap<>(f.roles());
            key.remove("reportedBy");
            if (!entities.containsAll(key.values().stream().flatMap(Set::stream).toList())) continue;
            groups.computeIfAbsent(f.kind() + key, k -> new ArrayList<>()).add(f);
        }
        for (List<Fact> group : groups.values()) {
            Fact first = group.get(0);
            String id = first.iri();
            nodes.put(id, new GraphView.Node(id, label(first), "FACT", first.kind()));
            Map<String, List<Fact>> byEdge = new TreeMap<>();
            for (Fact f : group) {
                f.roles().forEach((role, ps) -> ps.forEach(p -> byEdge.computeIfAbsent(role + "|" + p, k -> new ArrayList<>()).add(f)));
            }
            byEdge.forEach((roleAndTarget, fs) -> {
                String[] rt = roleAndTarget.split("\\|", 2);
                if (!nodes.containsKey(rt[1])) nodes.put(rt[1], node(rt[1]));
                edges.add(edge(id + "|" + roleAndTarget, id, rt[1], rt[0], fs));
            });
        }
        for (Map.Entry<String, Set<String>> sc : shortcuts.entrySet()) {
            String[] srt = sc.getKey().split("\\|", 3);
            if (!entities.contains(srt[0]) || !entities.contains(srt[2])) continue;
            Backing b = BACKING.get(srt[1]);
            List<Fact> backing = facts.values().stream()
                    .filter(f -> f.kind().equals(b.kind()) && sc.getValue().contains(f.article())
                            && f.roles().getOrDefault(b.subjectRole(), Set.of()).contains(srt[0])
                            && f.roles().getOrDefault(b.objectRole(), Set.of()).contains(srt[2]))
                    .toList();
            List<GraphView.Evidence> ev = new ArrayList<>(backing.stream().map(this::evidence).toList());
            for (String article : sc.getValue()) {
                if (backing.stream().noneMatch(f -> f.article().equals(article))) ev.add(evidence(null, article, null, null, null));
            }
            edges.add(new GraphView.Edge(sc.getKey(), srt[0], srt[2], srt[1], sc.getValue().size(), ev));
        }
        return new GraphView(center, List.copyOf(nodes.values()), edges, truncated);
    }

    private GraphView.Edge edge(String id, String source, String target, String relation, List<Fact> fs) {
        int weight = (int) fs.stream().map(Fact::article).distinct().count();
        return new GraphView.Edge(id, source, target, relation, weight, fs.stream().map(this::evidence).toList());
    }

    private static String label(Fact f) {
        return switch (f.kind()) {
            case "OrgRelation" -> "relation";
            default -> f.kind().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private GraphView.Evidence evidence(Fact f) {
        return evidence(f.iri(), f.article(), f.sentence(), f.rule(), f.confidence());
    }

    private GraphView.Evidence evidence(String fact, String article, String sentence, String rule, String confidence) {
        ArticleInfo a = articleCache.computeIfAbsent(article, this::articleInfo);
        return new GraphView.Evidence(fact, article, a.file(), sentence, a.outlet(), a.date(), rule, confidence);
    }

    private ArticleInfo articleInfo(String article) {
        String file = null, date = null, outlet = null;
        for (QuerySolution s : rows(ARTICLE, article)) {
            if (file == null) file = str(s, "file");
            if (date == null) date = str(s, "date");
            if (outlet == null && s.contains("publisher") && s.get("publisher").isURIResource()) {
                outlet = node(s.getResource("publisher").getURI()).label();
            }
        }
        return new ArticleInfo(file, date, outlet);
    }

    /**
     * Label and ct:entityType from the node's summary, which resolution keeps (smallest prefLabel,
     * else schema:name; smallest type); else the IRI's last segment and OTHER.
     */
    GraphView.Node node(String iri) {
        GraphView.Node cached = nodeCache.get(iri);
        if (cached != null) return cached;
        String label = local(iri).replace('-', ' ');
        String type = "OTHER";
        for (QuerySolution s : rows(LABELS, iri)) {
            if (s.contains("label")) label = s.getLiteral("label").getString();
            type = s.getLiteral("type").getString();
        }
        GraphView.Node n = new GraphView.Node(iri, label, type, null);
        nodeCache.put(iri, n);
        return n;
    }

    private List<QuerySolution> rows(Query q, String iri) {
        Node x = NodeFactory.createURI(iri);
        var result = (QueryRunner.Result.Rows) runner.run(q, Map.of("x", x));
        ResultSetRewindable rs = result.rows();
        List<QuerySolution> out = new ArrayList<>();
        rs.forEachRemaining(out::add);
        return out;
    }

    private static String str(QuerySolution s, String var) {
        RDFNode n = s.get(var);
        if (n == null) return null;
        return n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString();
    }

    private static String local(String iri) {
        return iri.startsWith(CT.NS) ? iri.substring(CT.NS.length()) : iri.replaceFirst("^.*[/#]", "");
    }
}
