package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.claimtrace.map.Iris;
import org.claimtrace.map.Prefixes;
import org.claimtrace.map.Vocab;
import org.claimtrace.map.Vocab.Schema;
import org.claimtrace.map.Vocab.Skos;
import org.claimtrace.store.ArticleStore;

/**
 * Rewrites the article graphs whose entity or event IRIs, labels or types a resolution changes,
 * writing only the triples that differ. Graphs are read and rebuilt side by side; each batch of
 * {@link #BATCH} is one write transaction.
 */
final class ArticleRewriter {
    /**
     * Article graphs rewritten per transaction. TDB2 copies index blocks on every commit, so
     * thousands of one-graph commits after a large load grow the store by gigabytes; the graphs
     * are derived from the articles, so a failed batch is mended by running resolution again.
     */
    private static final int BATCH = 128;

    private static final Set<String> DESCRIPTION = Set.of(RDF.type.getURI(), Skos.prefLabel.getURI(), Skos.altLabel.getURI(),
            CT.entityType.getURI());

    private final Iris iris;
    private final ArticleStore store;
    private final ParallelReads reads;

    ArticleRewriter(Iris iris, ArticleStore store, ParallelReads reads) {
        this.iris = iris;
        this.store = store;
        this.reads = reads;
    }

    /** Rewrites every stale article graph of {@code articles}; returns those rewritten, in IRI order. */
    List<String> rewrite(Set<String> articles, List<LocalCluster> clusters, EntityResolution entities, EventResolution events,
                StoredDescriptions stored) {
        Map<String, List<LocalCluster>> clustersOf = new HashMap<>();
        for (LocalCluster c : clusters) clustersOf.computeIfAbsent(c.article(), a -> new ArrayList<>()).add(c);
        List<String> stale = new ArrayList<>();
        Map<String, Map<String, String>> mappings = new HashMap<>();
        for (String article : new TreeSet<>(articles)) {
            Map<String, String> mapping = mapping(article, entities, events);
            if (needsRewrite(article, mapping, entities, events.inArticle(article), stored)) {
                stale.add(article);
                mappings.put(article, mapping);
            }
        }
        for (int from = 0; from < stale.size(); from += BATCH) {
            List<String> chunk = stale.subList(from, Math.min(stale.size(), from + BATCH));
            List<Model> graphs = reads.map(chunk, article -> rewritten(article, mappings.get(article), entities,
                    events.inArticle(article), clustersOf.getOrDefault(article, List.of())));
            Map<String, Model> pending = new LinkedHashMap<>();
            for (int i = 0; i < chunk.size(); i++) pending.put(chunk.get(i), graphs.get(i));
            store.putAll(pending);
        }
        return stale;
    }

    /** The article's entity and event IRIs to their canonical IRIs. */
    private Map<String, String> mapping(String article, EntityResolution entities, EventResolution events) {
        Map<String, String> mapping = new HashMap<>(entities.byArticle().getOrDefault(article, Map.of()));
        events.inArticle(article).forEach((old, ev) -> mapping.put(old, iris.event(ev.slug())));
        return mapping;
    }

    private static boolean needsRewrite(String article, Map<String, String> mapping, EntityResolution entities,
                                        Map<String, EventResolver.CanonicalEvent> events, StoredDescriptions stored) {
        for (var e : mapping.entrySet()) {
            if (!e.getKey().equals(e.getValue())) return true;
            Set<String> want = Set.of();
            CanonicalEntity ce = entities.byIri().get(e.getValue());
            if (ce != null) want = StoredDescriptions.wanted(ce);
            else if (events.containsKey(e.getKey())) want = StoredDescriptions.wanted(events.get(e.getKey()));
            if (!want.equals(stored.of(article, e.getKey()))) return true;
        }
        return false;
    }

    /** The article's graph with canonical IRIs, labels and types; {@code clusters} are the article's own. */
    private Model rewritten(String article, Map<String, String> mapping, EntityResolution entities,
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
            CanonicalEntity ce = entities.byIri().get(iri);
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
        Property anchor = m.createProperty(Vocab.NIF, "anchorOf");
        Property ident = m.createProperty(Vocab.ITSRDF, "taIdentRef");
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
}
