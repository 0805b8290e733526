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
import org.claimtrace.map.CT;
import org.claimtrace.map.Vocab;

/**
 * Known names (ontology/gazetteer.ttl, extensible with user files in the same SKOS form): each
 * concept's labels, type, verified owl:sameAs links and stated links to other concepts.
 */
public final class Gazetteer {

    /** One known thing. {@code id} is the concept IRI's last path segment, used for the entity IRI. */
    public record Concept(String iri, String id, String label, EntityType type, List<String> sameAs,
                          List<String> branchOf, List<String> mediaOutletOf) {}

    private final Map<String, Concept> byIri = new HashMap<>();
    private final Map<String, Concept> byKey = new HashMap<>();

    public static Gazetteer load(List<Path> userFiles) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Gazetteer.class.getResourceAsStream("/ontology/gazetteer.ttl")) {
            if (in == null) throw new IllegalStateException("ontology/gazetteer.ttl missing from the classpath");
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
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

    private Gazetteer(Model m) {
        var skosConcept = m.createResource(Vocab.SKOS + "Concept");
        var pref = m.createProperty(Vocab.SKOS, "prefLabel");
        var alt = m.createProperty(Vocab.SKOS, "altLabel");
        for (Resource c : m.listSubjectsWithProperty(RDF.type, skosConcept).toList()) {
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
