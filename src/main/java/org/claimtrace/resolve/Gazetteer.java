package org.claimtrace.resolve;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.KnownNames;
import org.claimtrace.map.CT;
import org.claimtrace.map.Vocab;

/**
 * Known names: ontology/gazetteer.ttl (SKOS, hand-made), the curated lists the annotator types with
 * (annotate/gazetteer/*.tsv: armed groups, state bodies, threat actors, outlets, countries), the
 * verified identifiers of ontology/verified-ids.ttl, user files in the SKOS form, and the user
 * gazetteers the store keeps ({@link #withStored}). Each concept has its labels, type, verified
 * owl:sameAs links and stated links to other concepts. A name of a list entry that a SKOS concept
 * already holds joins that concept; a user's concept wins over a shipped one for the names it gives.
 */
public final class Gazetteer {

    /** One known thing. {@code id} is the concept IRI's last path segment, used for the entity IRI. */
    public record Concept(String iri, String id, String label, EntityType type, List<String> sameAs,
                          List<String> branchOf, List<String> mediaOutletOf) {}

    /** The namespace of shipped concepts (ontology/gazetteer.ttl's g: prefix). */
    public static final String NS = "https://claimtrace.org/gazetteer/";

    private final Map<String, Concept> byIri = new HashMap<>();
    private final Map<String, Concept> byKey = new HashMap<>();
    /** Everything read (shipped and user files), so stored user gazetteers can be added later. */
    private final Model model;

    public static Gazetteer load(List<Path> userFiles) {
        Model m = ModelFactory.createDefaultModel();
        for (String shipped : List.of("/ontology/gazetteer.ttl", "/ontology/verified-ids.ttl")) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(shipped)) {
                if (in == null) throw new IllegalStateException(shipped.substring(1) + " missing from the classpath");
                RDFDataMgr.read(m, in, Lang.TURTLE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Path p : userFiles) {
            try {
                RDFDataMgr.read(m, p.toString());
            } catch (RiotException e) {
                throw new IllegalArgumentException("cannot read gazetteer " + p + " (" + e.getMessage() + ")");
            }
        }
        return new Gazetteer(m);
    }

    /**
     * This gazetteer with user gazetteers the store keeps (Turtle documents, see
     * {@link UserGazetteers}); the same one when there are none.
     */
    public Gazetteer withStored(List<String> turtle) {
        if (turtle.isEmpty()) return this;
        Model m = ModelFactory.createDefaultModel().add(model);
        for (String doc : turtle) {
            try {
                RDFDataMgr.read(m, new java.io.StringReader(doc), null, Lang.TURTLE);
            } catch (RiotException e) {
                throw new IllegalArgumentException("a gazetteer kept in the store does not parse (" + e.getMessage()
                        + "); forget it with 'claimtrace resolve --forget-gazetteer NAME'");
            }
        }
        return new Gazetteer(m);
    }

    private Gazetteer(Model m) {
        this.model = m;
        var skosConcept = m.createResource(Vocab.SKOS + "Concept");
        var pref = m.createProperty(Vocab.SKOS, "prefLabel");
        var alt = m.createProperty(Vocab.SKOS, "altLabel");
        // User concepts first (their names win), then the shipped SKOS concepts, then the lists.
        List<Resource> concepts = new ArrayList<>(m.listSubjectsWithProperty(RDF.type, skosConcept).toList());
        concepts.sort(java.util.Comparator.comparing((Resource c) -> c.isURIResource() && c.getURI().startsWith(NS))
                .thenComparing(c -> c.isURIResource() ? c.getURI() : ""));
        for (Resource c : concepts) {
            if (!c.isURIResource() || !c.hasProperty(pref)) continue;
            String iri = c.getURI();
            String id = iri.replaceAll(".*[/#]", "");
            EntityType type = c.hasProperty(CT.entityType)
                    ? EntityType.valueOf(c.getProperty(CT.entityType).getString()) : EntityType.ORGANIZATION;
            Concept concept = new Concept(iri, id, c.getProperty(pref).getString(), type,
                    uris(c, OWL.sameAs.getURI(), m), uris(c, CT.branchOf.getURI(), m), uris(c, CT.mediaOutletOf.getURI(), m));
            byIri.put(iri, concept);
            index(concept, concept.label());
            for (Statement s : c.listProperties(alt).toList()) index(concept, s.getString());
        }
        addLists(m);
    }

    /** The annotator's curated lists as concepts; a list entry with a name a concept holds joins it. */
    private void addLists(Model m) {
        List<KnownNames.Entry> entries = KnownNames.shared().entries();
        Map<String, String> iriOfName = new HashMap<>();
        List<KnownNames.Entry> added = new ArrayList<>();
        for (KnownNames.Entry e : entries) {
            List<String> names = new ArrayList<>(e.aliases());
            names.addFirst(e.name());
            Concept existing = null;
            for (String n : names) if (existing == null) existing = byKey.get(NameKeys.key(n));
            if (existing == null) {
                String iri = NS + e.id();
                if (byIri.containsKey(iri)) continue;
                Resource r = m.createResource(iri);
                List<String> same = uris(r, OWL.sameAs.getURI(), m);
                if (e.source().startsWith("attack:G")) same.add("https://attack.mitre.org/groups/" + e.source().substring(7) + "/");
                existing = new Concept(iri, e.id(), e.name(), e.type(), same, new ArrayList<>(), new ArrayList<>());
                byIri.put(iri, existing);
                added.add(e);
            }
            iriOfName.put(e.name(), existing.iri());
            for (String n : names) index(existing, n);
        }
        // Parents once every entry has its concept: a province or wing is a branch of its group.
        for (KnownNames.Entry e : added) {
            String parent = e.partOf() == null ? null : iriOfName.get(e.partOf());
            Concept c = byIri.get(NS + e.id());
            // An outlet's country is where it is, not whom it speaks for.
            if (parent == null || c == null || byIri.get(parent).type() != EntityType.ORGANIZATION) continue;
            (e.type() == EntityType.MEDIA_OUTLET ? c.mediaOutletOf() : c.branchOf()).add(parent);
        }
    }

    private static List<String> uris(Resource c, String property, Model m) {
        List<String> out = new ArrayList<>();
        for (Statement s : c.listProperties(m.createProperty(property)).toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource()) out.add(o.asResource().getURI());
        }
        return out;
    }

    private void index(Concept c, String label) {
        byKey.putIfAbsent(NameKeys.key(label), c);
    }

    /** The concept a name key stands for, or null. */
    public Concept byKey(String key) {
        return byKey.get(key);
    }

    public Concept byIri(String iri) {
        return byIri.get(iri);
    }
}
