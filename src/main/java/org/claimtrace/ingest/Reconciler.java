package org.claimtrace.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Future;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.annotate.DescribedParty;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.map.Prefixes;
import org.claimtrace.map.Vocab.Schema;
import org.claimtrace.map.Vocab.Skos;
import org.claimtrace.query.QueryRunner;
import org.claimtrace.resolve.CanonicalEntity;
import org.claimtrace.resolve.CrossArticleResolver;
import org.claimtrace.resolve.EventResolver;
import org.claimtrace.resolve.Gazetteer;
import org.claimtrace.resolve.LocalCluster;
import org.claimtrace.resolve.NameKeys;
import org.claimtrace.source.ArticleIds;
import org.claimtrace.store.ArticleStore;

/**
 * Brings the store to one node per real-world thing after articles were added or removed.
 * It reads every article's own entities (kept on the mentions as ct:localKey), resolves them
 * across articles, rewrites each article graph whose entity or event IRIs, labels or types
 * change (in batches, writing only the triples that differ), and rebuilds the resolution graph:
 * why each article's entity belongs to its node, verified owl:sameAs links, gazetteer links,
 * claim groups with their first appearance, positions and the pairs of them that conflict
 * ({@link Conflicts}), assertions with the articles and outlets behind them ({@link Assertions}),
 * and one summary per entity and event (label, type,
 * other names, mention and article counts) that the stored queries read instead of grouping
 * every article graph. The outcome depends only on the articles in the store. Its whole-store
 * reads, and the reading of the graphs to rewrite, run side by side ({@link ParallelReads}).
 */
public final class Reconciler {
    private final Iris iris;
    private final Gazetteer gazetteer;

    public Reconciler(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    /** The named graph holding cross-article resolution. */
    public String resolutionGraph() {
        return iris.base() + "graph/resolution";
    }

    /** What a reconciliation did. */
    public record Outcome(int entities, int events, int articlesRewritten, int claimGroups, double seconds) {}

    public Outcome reconcile(ArticleStore store) {
        try (ParallelReads reads = new ParallelReads()) {
            return reconcile(store, reads);
        }
    }

    private Outcome reconcile(ArticleStore store, ParallelReads reads) {
        long t0 = System.nanoTime();
        QueryRunner q = QueryRunner.over(store);
        Future<List<QuerySolution>> eventRows = reads.submit(() -> rows(q, EVENTS));
        Future<List<QuerySolution>> partyRows = reads.submit(() -> rows(q, EVENT_PARTIES));
        Future<List<QuerySolution>> contextRows = reads.submit(() -> rows(q, EVENT_CONTEXT));
        Future<List<QuerySolution>> storyRows = reads.submit(() -> rows(q, EVENT_STORY));
        Future<Map<String, Map<String, Set<String>>>> described = reads.submit(() -> storedDescriptions(q));
        List<LocalCluster> clusters = readClusters(q);
        // The user gazetteers the store keeps count in every resolution, whoever runs it.
        Gazetteer known = gazetteer.withStored(List.copyOf(UserGazetteers.read(store, iris).values()));
        List<CanonicalEntity> entities = new CrossArticleResolver(known).resolve(clusters);
        Map<String, Map<String, String>> entityMap = new HashMap<>();
        Map<String, CanonicalEntity> canonicalOf = new HashMap<>();
        for (CanonicalEntity e : entities) {
            for (LocalCluster c : e.members()) {
                entityMap.computeIfAbsent(c.article(), a -> new HashMap<>()).put(c.currentIri(), iris.entity(e.slug()));
                canonicalOf.put(c.id(), e);
            }
        }
        Map<String, CanonicalEntity> byIri = new HashMap<>();
        for (CanonicalEntity e : entities) byIri.put(iris.entity(e.slug()), e);

        List<EventResolver.LocalEvent> localEvents = readEvents(ParallelReads.get(eventRows), ParallelReads.get(partyRows),
                ParallelReads.get(contextRows), ParallelReads.get(storyRows), entityMap, byIri);
        List<EventResolver.CanonicalEvent> events = new EventResolver().resolve(localEvents);
        Map<String, Map<String, EventResolver.CanonicalEvent>> eventMap = new HashMap<>();
        for (EventResolver.CanonicalEvent ev : events) {
            for (EventResolver.LocalEvent le : ev.members()) {
                eventMap.computeIfAbsent(le.article(), a -> new HashMap<>()).put(le.currentIri(), ev);
            }
        }

        Map<String, Map<String, Set<String>>> storedLabels = ParallelReads.get(described);
        Map<String, List<LocalCluster>> clustersOf = new HashMap<>();
        for (LocalCluster c : clusters) clustersOf.computeIfAbsent(c.article(), a -> new ArrayList<>()).add(c);
        Set<String> articles = new TreeSet<>(entityMap.keySet());
        articles.addAll(eventMap.keySet());
        List<String> stale = new ArrayList<>();
        Map<String, Map<String, String>> mappings = new HashMap<>();
        for (String article : articles) {
            Map<String, String> mapping = new HashMap<>(entityMap.getOrDefault(article, Map.of()));
            Map<String, EventResolver.CanonicalEvent> evs = eventMap.getOrDefault(article, Map.of());
            evs.forEach((old, ev) -> mapping.put(old, iris.event(ev.slug())));
            if (needsRewrite(article, mapping, byIri, evs, storedLabels.getOrDefault(article, Map.of()))) {
                stale.add(article);
                mappings.put(article, mapping);
            }
        }
        // Old graphs are read and rewritten side by side; each batch is then one write transaction.
        for (int from = 0; from < stale.size(); from += REWRITE_BATCH) {
            List<String> chunk = stale.subList(from, Math.min(stale.size(), from + REWRITE_BATCH));
            List<Model> graphs = reads.map(chunk, article -> rewrite(store, article, mappings.get(article), byIri,
                    eventMap.getOrDefault(article, Map.of()), clustersOf.getOrDefault(article, List.of())));
            Map<String, Model> pending = new java.util.LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) pending.put(chunk.get(i), graphs.get(i));
            store.putAll(pending);
        }
        int rewritten = stale.size();
        int groups = writeResolutionGraph(store, entities, events, q, reads);
        return new Outcome(entities.size(), events.size(), rewritten, groups, (System.nanoTime() - t0) / 1e9);
    }

    // ------------------------------------------------------------------ reading

    private static final String P = "PREFIX ct: <https://claimtrace.org/ns#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#> PREFIX schema: <https://schema.org/> "
            + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> ";

    private List<LocalCluster> readClusters(QueryRunner q) {
        record Acc(String cur, Map<String, Integer> surfaces, Map<EntityType, Integer> types, Map<EntityType, Integer> phraseTypes,
                   boolean[] outlet, boolean[] named) {}
        Map<String, Acc> acc = new TreeMap<>();
        Map<String, String[]> keyOf = new HashMap<>();
        for (QuerySolution s : rows(q, P + "SELECT ?g ?lk ?cur ?text ?lt ?by WHERE { GRAPH ?g { ?m a ct:Mention ; ct:localKey ?lk ; "
                + "itsrdf:taIdentRef ?cur ; nif:anchorOf ?text ; ct:localType ?lt ; ct:typedBy ?by } }")) {
            String g = s.getResource("g").getURI();
            String lk = s.getLiteral("lk").getString();
            String id = g + "#" + lk;
            Acc a = acc.computeIfAbsent(id, k -> new Acc(s.getResource("cur").getURI(), new TreeMap<>(),
                    new EnumMap<>(EntityType.class), new EnumMap<>(EntityType.class), new boolean[1], new boolean[1]));
            keyOf.put(id, new String[] {g, lk});
            a.surfaces().merge(s.getLiteral("text").getString(), 1, Integer::sum);
            String by = s.getLiteral("by").getString();
            // The rules' phrases are typed by their role, not their name: they vote only when nothing else does.
            EntityType lt = EntityType.valueOf(s.getLiteral("lt").getString());
            if (by.startsWith("argument-phrase")) a.phraseTypes().merge(lt, 1, Integer::sum);
            else a.types().merge(lt, 1, Integer::sum);
            if (by.startsWith("outlet-")) a.outlet()[0] = true;
            if (!DescribedParty.is(s.getLiteral("text").getString(), by)) a.named()[0] = true;
        }
        List<LocalCluster> out = new ArrayList<>();
        acc.forEach((id, a) -> out.add(new LocalCluster(keyOf.get(id)[0], keyOf.get(id)[1], a.cur(), a.surfaces(),
                a.types().isEmpty() ? a.phraseTypes() : a.types(), a.outlet()[0], !a.named()[0])));
        return out;
    }

    private static final String EVENTS = P + "SELECT ?g ?e ?kind ?loc ?d ?pub WHERE { GRAPH ?g { ?e a ct:Event ; ct:eventKind ?kind "
            + "OPTIONAL { ?e schema:location ?loc } OPTIONAL { ?e ct:eventDate ?d } OPTIONAL { ?g schema:datePublished ?pub } } } "
            + "ORDER BY ?g ?e ?d";

    /** Who claimed, was blamed for or denied each event (the shortcut edges of its article). */
    private static final String EVENT_PARTIES = P + "SELECT ?g ?e ?p WHERE { GRAPH ?g { ?e a ct:Event . "
            + "{ ?e ct:claimedBy ?p } UNION { ?e ct:attributedTo ?p } UNION { ?e ct:deniedBy ?p } } }";

    /** The named entities of the sentences that mention each event. */
    private static final String EVENT_CONTEXT = P + "SELECT DISTINCT ?g ?e ?x WHERE { GRAPH ?g { ?e a ct:Event . "
            + "?em itsrdf:taIdentRef ?e ; ct:inSentence ?s . ?m ct:inSentence ?s ; itsrdf:taIdentRef ?x . ?x a ct:Entity "
            + "FILTER NOT EXISTS { ?x a ct:DescribedParty } } }";

    /** The named entities of each article that holds an event. */
    private static final String EVENT_STORY = P + "SELECT DISTINCT ?g ?x WHERE { GRAPH ?g { ?ev a ct:Event . "
            + "?m itsrdf:taIdentRef ?x . ?x a ct:Entity FILTER NOT EXISTS { ?x a ct:DescribedParty } } }";

    private List<EventResolver.LocalEvent> readEvents(List<QuerySolution> eventRows, List<QuerySolution> partyRows,
                                                      List<QuerySolution> contextRows, List<QuerySolution> storyRows,
                                                      Map<String, Map<String, String>> entityMap, Map<String, CanonicalEntity> byIri) {
        Map<String, Set<String>> parties = canonicalSets(partyRows, "p", entityMap);
        // Context and story by name: two articles' namesakes a resolver keeps apart ("Smith", "Smith-1a2b")
        // still tell the same story.
        Map<String, Set<String>> context = names(canonicalSets(contextRows, "x", entityMap), byIri);
        Map<String, Set<String>> story = new HashMap<>();
        for (QuerySolution s : storyRows) {
            String g = s.getResource("g").getURI();
            String x = s.getResource("x").getURI();
            story.computeIfAbsent(g, k -> new TreeSet<>()).add(entityMap.getOrDefault(g, Map.of()).getOrDefault(x, x));
        }
        story = names(story, byIri);
        Map<String, EventResolver.LocalEvent> out = new TreeMap<>();
        for (QuerySolution s : eventRows) {
            String g = s.getResource("g").getURI();
            String e = s.getResource("e").getURI();
            String key = g + " " + e;
            if (out.containsKey(key)) continue;
            String place = null;
            String placeLabel = null;
            if (s.contains("loc")) {
                String loc = s.getResource("loc").getURI();
                place = entityMap.getOrDefault(g, Map.of()).getOrDefault(loc, loc);
                CanonicalEntity pe = byIri.get(place);
                placeLabel = pe != null ? pe.label() : place.replaceAll(".*/", "");
                // An event's place is a place: an organisation it was "in" is its target.
                if (pe != null && pe.type() != EntityType.PLACE) {
                    place = null;
                    placeLabel = null;
                }
            }
            LocalDate date = s.contains("d") ? LocalDate.parse(s.getLiteral("d").getLexicalForm().substring(0, 10))
                    : s.contains("pub") ? LocalDate.parse(s.getLiteral("pub").getLexicalForm().substring(0, 10)) : null;
            out.put(key, new EventResolver.LocalEvent(g, e, s.getLiteral("kind").getString(), place, placeLabel, date,
                    parties.getOrDefault(key, Set.of()), context.getOrDefault(key, Set.of()), story.getOrDefault(g, Set.of())));
        }
        return new ArrayList<>(out.values());
    }

    /** The sets with each canonical entity IRI replaced by its label's name key. */
    private static Map<String, Set<String>> names(Map<String, Set<String>> sets, Map<String, CanonicalEntity> byIri) {
        Map<String, Set<String>> out = new HashMap<>();
        sets.forEach((k, iris) -> {
            Set<String> keys = new TreeSet<>();
            for (String iri : iris) {
                CanonicalEntity e = byIri.get(iri);
                keys.add(NameKeys.key(e != null ? e.label() : iri.replaceAll(".*/", "")));
            }
            out.put(k, keys);
        });
        return out;
    }

    /** Per "graph event", the canonical IRIs of the rows' {@code var}. */
    private static Map<String, Set<String>> canonicalSets(List<QuerySolution> rows, String var, Map<String, Map<String, String>> entityMap) {
        Map<String, Set<String>> out = new HashMap<>();
        for (QuerySolution s : rows) {
            if (!s.get(var).isURIResource()) continue;
            String g = s.getResource("g").getURI();
            String x = s.getResource(var).getURI();
            out.computeIfAbsent(g + " " + s.getResource("e").getURI(), k -> new TreeSet<>())
                    .add(entityMap.getOrDefault(g, Map.of()).getOrDefault(x, x));
        }
        return out;
    }

    /** Per article, per described node: its prefLabels and entity types as stored ("label:" and "type:" prefixed). */
    private Map<String, Map<String, Set<String>>> storedDescriptions(QueryRunner q) {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (QuerySolution s : rows(q, P + "SELECT ?g ?e ?pl ?et ?dp WHERE { GRAPH ?g { ?e ct:entityType ?et ; skos:prefLabel ?pl "
                + "FILTER EXISTS { ?m itsrdf:taIdentRef ?e } OPTIONAL { ?e a ct:DescribedParty BIND (true AS ?dp) } } }")) {
            Set<String> set = out.computeIfAbsent(s.getResource("g").getURI(), k -> new HashMap<>())
                    .computeIfAbsent(s.getResource("e").getURI(), k -> new TreeSet<>());
            set.add("label:" + s.getLiteral("pl").getString());
            set.add("type:" + s.getLiteral("et").getString());
            if (s.contains("dp")) set.add("described");
        }
        return out;
    }

    private static List<QuerySolution> rows(QueryRunner q, String sparql) {
        return q.select(sparql, Map.of());
    }

    // ------------------------------------------------------------------ rewriting article graphs

    private boolean needsRewrite(String article, Map<String, String> mapping, Map<String, CanonicalEntity> byIri,
                                 Map<String, EventResolver.CanonicalEvent> events, Map<String, Set<String>> stored) {
        for (var e : mapping.entrySet()) {
            if (!e.getKey().equals(e.getValue())) return true;
            Set<String> want = new TreeSet<>();
            CanonicalEntity ce = byIri.get(e.getValue());
            if (ce != null) {
                want.add("label:" + ce.label());
                want.add("type:" + ce.type().name());
                if (ce.described()) want.add("described");
            } else if (events.containsKey(e.getKey())) {
                want.add("label:" + events.get(e.getKey()).label());
                want.add("type:EVENT");
            }
            if (!want.equals(stored.getOrDefault(e.getKey(), Set.of()))) return true;
        }
        return false;
    }

    private static final Set<String> DESCRIPTION = Set.of(RDF.type.getURI(), Skos.prefLabel.getURI(), Skos.altLabel.getURI(),
            CT.entityType.getURI());

    /**
     * Article graphs rewritten per transaction. TDB2 copies index blocks on every commit, so
     * thousands of one-graph commits after a large load grow the store by gigabytes; the graphs
     * are derived from the articles, so a failed batch is mended by running resolution again.
     */
    private static final int REWRITE_BATCH = 128;

    /** The article's graph with canonical IRIs, labels and types; {@code clusters} are the article's own. */
    private Model rewrite(ArticleStore store, String article, Map<String, String> mapping, Map<String, CanonicalEntity> byIri,
                         Map<String, EventResolver.CanonicalEvent> events, List<LocalCluster> clusters) {
        Model old = store.graph(article);
        Model m = Prefixes.apply(ModelFactory.createDefaultModel());
        // A node is described anew when it is renamed or is what something is renamed to: a node of
        // the article without mentions (a dateline's wire service) may already bear the IRI its
        // mentioned namesake resolves to, and its old label would stay beside the canonical one.
        Set<String> redescribed = new HashSet<>(mapping.keySet());
        redescribed.addAll(mapping.values());
        for (Statement st : old.listStatements().toList()) {
            boolean described = st.getSubject().isURIResource() && redescribed.contains(st.getSubject().getURI());
            if (described && DESCRIPTION.contains(st.getPredicate().getURI())) continue;
            m.add(map(m, st.getSubject(), mapping).asResource(), st.getPredicate(), map(m, st.getObject(), mapping));
        }
        // Entities: the canonical label and type; the article's own names for it as altLabels.
        Map<String, Set<String>> surfaces = new HashMap<>();
        for (LocalCluster c : clusters) {
            surfaces.computeIfAbsent(mapping.get(c.currentIri()), k -> new TreeSet<>()).addAll(c.surfaces().keySet());
        }
        surfaces.forEach((iri, names) -> {
            CanonicalEntity ce = byIri.get(iri);
            Resource r = m.createResource(iri).addProperty(RDF.type, CT.Entity).addProperty(RDF.type, Schema.classOf(ce.type()))
                    .addProperty(CT.entityType, ce.type().name()).addProperty(Skos.prefLabel, ce.label());
            if (ce.described()) r.addProperty(RDF.type, CT.DescribedParty);
            for (String n : names) {
                String clean = NameKeys.asLabel(n);
                if (!clean.equals(ce.label())) r.addProperty(Skos.altLabel, clean);
            }
        });
        // Events: the merged label; the article's own phrases as altLabels.
        Set<String> eventIris = new HashSet<>();
        events.values().forEach(ev -> {
            String iri = iris.event(ev.slug());
            if (!eventIris.add(iri)) return;
            m.createResource(iri).addProperty(RDF.type, CT.Event).addProperty(RDF.type, Schema.Event)
                    .addProperty(CT.entityType, "EVENT").addProperty(Skos.prefLabel, ev.label());
        });
        Property anchor = m.createProperty(org.claimtrace.map.Vocab.NIF, "anchorOf");
        Property ident = m.createProperty(org.claimtrace.map.Vocab.ITSRDF, "taIdentRef");
        for (Statement st : m.listStatements(null, ident, (RDFNode) null).toList()) {
            if (!st.getObject().isURIResource() || !eventIris.contains(st.getObject().asResource().getURI())) continue;
            Statement a = st.getSubject().getProperty(anchor);
            if (a != null) st.getObject().asResource().addProperty(Skos.altLabel, a.getString());
        }
        return m;
    }

    private static RDFNode map(Model m, RDFNode n, Map<String, String> mapping) {
        if (n.isURIResource() && mapping.containsKey(n.asResource().getURI())) return m.createResource(mapping.get(n.asResource().getURI()));
        return n;
    }


    // ------------------------------------------------------------------ the resolution graph

    private int writeResolutionGraph(ArticleStore store, List<CanonicalEntity> entities, List<EventResolver.CanonicalEvent> events,
                                     QueryRunner q, ParallelReads reads) {
        // The article graphs as rewritten; the resolution graph being replaced holds the old summaries.
        String articlesOnly = " FILTER (?g != <" + resolutionGraph() + ">) ";
        Future<List<QuerySolution>> claimRows = reads.submit(() -> rows(q, CLAIMS));
        Future<List<QuerySolution>> positionRows = reads.submit(() -> rows(q, POSITIONS));
        Future<List<QuerySolution>> factRows = reads.submit(() -> rows(q, Assertions.FACTS));
        Future<List<QuerySolution>> linkRows = reads.submit(() -> rows(q, Conflicts.linksQuery(resolutionGraph())));
        Future<List<QuerySolution>> typeRows = reads.submit(() -> rows(q, P + "SELECT ?g ?e ?t WHERE { GRAPH ?g { ?e ct:entityType ?t }"
                + articlesOnly + "}"));
        Future<List<QuerySolution>> nameRows = reads.submit(() -> rows(q, P + "SELECT DISTINCT ?e ?p ?v WHERE { GRAPH ?g { VALUES ?p "
                + "{ skos:prefLabel skos:altLabel schema:name } ?e ?p ?v }" + articlesOnly + "}"));
        Future<List<QuerySolution>> mentionRows = reads.submit(() -> rows(q, P + "SELECT ?e (COUNT(?m) AS ?n) WHERE { GRAPH ?g { "
                + "?m itsrdf:taIdentRef ?e }" + articlesOnly + "} GROUP BY ?e"));
        Model m = Prefixes.apply(ModelFactory.createDefaultModel());
        Map<String, String> conceptEntity = new HashMap<>();
        for (CanonicalEntity e : entities) if (e.concept() != null) conceptEntity.put(e.concept().iri(), iris.entity(e.slug()));
        for (CanonicalEntity e : entities) {
            Resource r = m.createResource(iris.entity(e.slug())).addProperty(CT.typeRule, e.typeRule());
            if (e.described()) r.addProperty(RDF.type, CT.DescribedParty);
            if (e.concept() != null) {
                for (String s : e.concept().sameAs()) r.addProperty(OWL.sameAs, m.createResource(s));
                for (String b : e.concept().branchOf()) {
                    if (conceptEntity.containsKey(b)) r.addProperty(CT.branchOf, m.createResource(conceptEntity.get(b)));
                }
                for (String o : e.concept().mediaOutletOf()) {
                    if (conceptEntity.containsKey(o)) r.addProperty(CT.mediaOutletOf, m.createResource(conceptEntity.get(o)));
                }
            }
            for (LocalCluster c : e.members()) {
                r.addProperty(CT.resolvedFrom, m.createResource(c.article() + "#cluster-" + NameKeys.slug(c.localKey()))
                        .addProperty(RDF.type, CT.LocalCluster).addProperty(CT.inArticle, m.createResource(c.article()))
                        .addProperty(CT.localKey, c.localKey())
                        .addProperty(CT.mergeReason, e.reasons().get(c.id())));
            }
        }
        for (EventResolver.CanonicalEvent ev : events) {
            Resource r = m.createResource(iris.event(ev.slug()));
            if (ev.date() != null) r.addLiteral(CT.eventDate, m.createTypedLiteral(ev.date().toString(), XSDDatatype.XSDdate));
            for (int i = 0; i < ev.members().size(); i++) {
                EventResolver.LocalEvent le = ev.members().get(i);
                // Named by what the article says of it (kind, place), not by its IRI, which resolution may change.
                String local = NameKeys.slug(le.kind().toLowerCase(java.util.Locale.ROOT) + " "
                        + (le.place() == null ? "" : le.place().replaceAll(".*/", "")));
                r.addProperty(CT.resolvedFrom, m.createResource(le.article() + "#event-" + local)
                        .addProperty(RDF.type, CT.LocalCluster).addProperty(CT.inArticle, m.createResource(le.article()))
                        .addProperty(CT.mergeReason, ev.reasons().get(i)));
            }
        }
        int groups = claimGroups(m, ParallelReads.get(claimRows));
        Conflicts.write(m, iris, positions(m, ParallelReads.get(positionRows)), ParallelReads.get(linkRows));
        summaries(m, ParallelReads.get(typeRows), ParallelReads.get(nameRows), ParallelReads.get(mentionRows));
        Assertions.write(m, iris, ParallelReads.get(factRows));
        // The resolution graph and the end of "pending" in one transaction: resolution is never left half done unnoticed.
        store.putResolution(resolutionGraph(), m);
        return groups;
    }

    /**
     * One description per entity and event over all articles, so that listings need not group
     * the whole store: the smallest prefLabel any graph gives it (else its schema:name), the
     * smallest entity type, every other name as an altLabel, and how many mentions and article
     * graphs name it.
     */
    private static void summaries(Model m, List<QuerySolution> typeRows, List<QuerySolution> nameRows, List<QuerySolution> mentionRows) {
        final class Summary {
            String type;
            final TreeSet<String> prefLabels = new TreeSet<>();
            final TreeSet<String> names = new TreeSet<>();
            final TreeSet<String> altLabels = new TreeSet<>();
            final Set<String> graphs = new HashSet<>();
            long mentions;
        }
        Map<String, Summary> all = new TreeMap<>();
        for (QuerySolution s : typeRows) {
            if (!s.get("e").isURIResource()) continue;
            Summary sum = all.computeIfAbsent(s.getResource("e").getURI(), k -> new Summary());
            String t = s.getLiteral("t").getString();
            if (sum.type == null || t.compareTo(sum.type) < 0) sum.type = t;
            sum.graphs.add(s.getResource("g").getURI());
        }
        for (QuerySolution s : nameRows) {
            Summary sum = s.get("e").isURIResource() ? all.get(s.getResource("e").getURI()) : null;
            if (sum == null || !s.get("v").isLiteral()) continue;
            String v = s.getLiteral("v").getString();
            String property = s.getResource("p").getURI();
            if (property.equals(Skos.prefLabel.getURI())) sum.prefLabels.add(v);
            else if (property.equals(Skos.altLabel.getURI())) sum.altLabels.add(v);
            else sum.names.add(v);
        }
        for (QuerySolution s : mentionRows) {
            Summary sum = s.get("e").isURIResource() ? all.get(s.getResource("e").getURI()) : null;
            if (sum != null) sum.mentions = s.getLiteral("n").getLong();
        }
        // The entities listing's order (type, most mentions first, label), kept as one number so that
        // the query need not sort tens of thousands of rows on three keys (0.7 s at 10,000 articles).
        record Ranked(String iri, String type, long mentions, String label) {}
        List<Ranked> order = new ArrayList<>();
        all.forEach((iri, sum) -> {
            Resource r = m.createResource(iri).addProperty(CT.entityType, sum.type)
                    .addLiteral(CT.mentionCount, m.createTypedLiteral(sum.mentions, XSDDatatype.XSDinteger))
                    .addLiteral(CT.articleCount, m.createTypedLiteral(sum.graphs.size(), XSDDatatype.XSDinteger));
            String label = !sum.prefLabels.isEmpty() ? sum.prefLabels.first() : sum.names.isEmpty() ? null : sum.names.first();
            if (label != null) r.addProperty(Skos.prefLabel, label);
            TreeSet<String> aliases = new TreeSet<>(sum.prefLabels);
            aliases.addAll(sum.altLabels);
            if (!sum.prefLabels.isEmpty()) aliases.remove(sum.prefLabels.first());
            for (String a : aliases) r.addProperty(Skos.altLabel, a);
            order.add(new Ranked(iri, sum.type, sum.mentions, label != null ? label : iri.replaceAll("^.*[/#]", "").replace('-', ' ')));
        });
        order.sort(Comparator.comparing(Ranked::type).thenComparing(Comparator.comparingLong(Ranked::mentions).reversed())
                .thenComparing(Ranked::label).thenComparing(Ranked::iri));
        for (int i = 0; i < order.size(); i++) {
            m.createResource(order.get(i).iri()).addLiteral(CT.listRank, m.createTypedLiteral(i + 1, XSDDatatype.XSDinteger));
        }
    }

    /** Claims, attributions and denials of an event, as (stance, party, holder) with their article and fact. */
    private static final String POSITIONS = P + "SELECT ?g ?f ?stance ?event ?party ?holder WHERE { GRAPH ?g { "
            + "{ ?f a ct:Claim ; ct:event ?event ; ct:claimant ?party BIND (?party AS ?holder) BIND (\"claim\" AS ?stance) } UNION "
            + "{ ?f a ct:Attribution ; ct:event ?event ; ct:attributedParty ?party OPTIONAL { ?f ct:attributor ?holder } "
            + "BIND (\"attribution\" AS ?stance) } UNION "
            + "{ ?f a ct:Denial ; ct:event ?event ; ct:denier ?party BIND (?party AS ?holder) BIND (\"denial\" AS ?stance) } } }";

    /**
     * What each source says about each event, over every article that says it: one node per
     * (stance, event, party, holder) with how many articles state it and one of its facts; the
     * pairs that disagree are then kept as conflicts ({@link Conflicts}).
     */
    private List<Conflicts.Position> positions(Model m, List<QuerySolution> rows) {
        record Key(String stance, String event, String party, String holder) {}
        Map<Key, Set<String>> articles = new HashMap<>();
        Map<Key, String> sample = new HashMap<>();
        for (QuerySolution s : rows) {
            if (!s.get("party").isURIResource() || !s.get("event").isURIResource()) continue;
            String holder = s.contains("holder") && s.get("holder").isURIResource() ? s.getResource("holder").getURI() : "";
            Key k = new Key(s.getLiteral("stance").getString(), s.getResource("event").getURI(), s.getResource("party").getURI(), holder);
            articles.computeIfAbsent(k, x -> new HashSet<>()).add(s.getResource("g").getURI());
            sample.merge(k, s.getResource("f").getURI(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        List<Conflicts.Position> written = new ArrayList<>();
        articles.forEach((k, arts) -> {
            Resource r = m.createResource(iris.base() + "position/" + ArticleIds.sha256(k.toString()).substring(0, 16))
                    .addProperty(RDF.type, CT.Position).addProperty(CT.stance, k.stance())
                    .addProperty(CT.event, m.createResource(k.event())).addProperty(CT.party, m.createResource(k.party()))
                    .addProperty(CT.sampleInstance, m.createResource(sample.get(k)))
                    .addLiteral(CT.articleCount, m.createTypedLiteral(arts.size(), XSDDatatype.XSDinteger));
            if (!k.holder().isEmpty()) r.addProperty(CT.heldBy, m.createResource(k.holder()));
            written.add(new Conflicts.Position(r, k.stance(), k.event(), k.party(), k.holder(), sample.get(k)));
        });
        return written;
    }

    private static final String CLAIMS = P + "SELECT ?g ?c ?who ?ev ?pub ?rep WHERE { GRAPH ?g { ?c a ct:Claim ; ct:claimant ?who "
            + "OPTIONAL { ?c ct:event ?ev } OPTIONAL { ?g schema:datePublished ?pub } "
            + "OPTIONAL { ?r ct:reported ?c ; ct:reporter ?rep } } }";

    /** The same claim (claimant and event) carried by several articles: one node, its instances, first appearance, relays. */
    private int claimGroups(Model m, List<QuerySolution> claimRows) {
        record Inst(String claim, String article, String pub) {}
        Map<String, List<Inst>> groups = new TreeMap<>();
        Map<String, Set<String>> reporters = new HashMap<>();
        Map<String, String[]> parts = new HashMap<>();
        for (QuerySolution s : claimRows) {
            String who = s.getResource("who").getURI();
            String ev = s.contains("ev") ? s.getResource("ev").getURI() : "";
            String key = who + "|" + ev;
            parts.put(key, new String[] {who, ev});
            Inst inst = new Inst(s.getResource("c").getURI(), s.getResource("g").getURI(),
                    s.contains("pub") ? s.getLiteral("pub").getLexicalForm() : null);
            List<Inst> list = groups.computeIfAbsent(key, k -> new ArrayList<>());
            if (!list.contains(inst)) list.add(inst);
            if (s.contains("rep")) reporters.computeIfAbsent(key, k -> new TreeSet<>()).add(s.getResource("rep").getURI());
        }
        for (var e : groups.entrySet()) {
            String[] p = parts.get(e.getKey());
            Resource g = m.createResource(iris.base() + "claim/" + ArticleIds.sha256(e.getKey()).substring(0, 16))
                    .addProperty(RDF.type, CT.ClaimGroup).addProperty(CT.claimant, m.createResource(p[0]));
            if (!p[1].isEmpty()) g.addProperty(CT.event, m.createResource(p[1]));
            Set<String> arts = new TreeSet<>();
            for (Inst i : e.getValue()) {
                g.addProperty(CT.instance, m.createResource(i.claim()));
                arts.add(i.article());
            }
            g.addLiteral(CT.articleCount, m.createTypedLiteral(arts.size(), XSDDatatype.XSDinteger));
            Inst first = e.getValue().stream().min(Comparator.comparing((Inst i) -> i.pub() == null ? "9999" : i.pub())
                    .thenComparing(Inst::article)).orElseThrow();
            g.addProperty(CT.firstAppearance, m.createResource(first.article()));
            for (String r : reporters.getOrDefault(e.getKey(), Set.of())) g.addProperty(CT.reportedBy, m.createResource(r));
        }
        return groups.size();
    }

}
