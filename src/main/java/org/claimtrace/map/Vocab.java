package org.claimtrace.map;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms claimtrace writes. Standard vocabularies first (schema.org, PROV-O, SKOS, NIF 2.0,
 * ITS RDF, Dublin Core); {@link CT} adds only what they lack. ontology/claimtrace.ttl defines
 * the CT terms.
 */
public final class Vocab {
    private Vocab() {}

    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";

    private static Resource r(String ns, String local) {
        return ResourceFactory.createResource(ns + local);
    }

    private static Property p(String ns, String local) {
        return ResourceFactory.createProperty(ns, local);
    }

    /** schema.org. */
    public static final class Schema {
        private Schema() {}
        public static final Resource NewsArticle = r(SCHEMA, "NewsArticle");
        public static final Resource Person = r(SCHEMA, "Person");
        public static final Resource Organization = r(SCHEMA, "Organization");
        public static final Resource Place = r(SCHEMA, "Place");
        public static final Resource NewsMediaOrganization = r(SCHEMA, "NewsMediaOrganization");
        public static final Resource Event = r(SCHEMA, "Event");
        public static final Resource SoftwareApplication = r(SCHEMA, "SoftwareApplication");
        /** The schema.org class of an entity type. */
        public static Resource classOf(org.claimtrace.annotate.EntityType t) {
            return switch (t) {
                case PERSON -> Person;
                case ORGANIZATION -> Organization;
                case PLACE -> Place;
                case MEDIA_OUTLET -> NewsMediaOrganization;
            };
        }

        public static final Property headline = p(SCHEMA, "headline");
        public static final Property datePublished = p(SCHEMA, "datePublished");
        public static final Property author = p(SCHEMA, "author");
        public static final Property publisher = p(SCHEMA, "publisher");
        public static final Property name = p(SCHEMA, "name");
        public static final Property url = p(SCHEMA, "url");
        public static final Property location = p(SCHEMA, "location");
        public static final Property softwareVersion = p(SCHEMA, "softwareVersion");
        public static final Property sourceOrganization = p(SCHEMA, "sourceOrganization");
        public static final Property contributor = p(SCHEMA, "contributor");
    }

    /** PROV-O. */
    public static final class Prov {
        private Prov() {}
        public static final Resource Activity = r(PROV, "Activity");
        public static final Resource SoftwareAgent = r(PROV, "SoftwareAgent");
        public static final Property wasGeneratedBy = p(PROV, "wasGeneratedBy");
        public static final Property wasAssociatedWith = p(PROV, "wasAssociatedWith");
        public static final Property wasDerivedFrom = p(PROV, "wasDerivedFrom");
        public static final Property wasAttributedTo = p(PROV, "wasAttributedTo");
        public static final Property wasQuotedFrom = p(PROV, "wasQuotedFrom");
        public static final Property startedAtTime = p(PROV, "startedAtTime");
        public static final Property endedAtTime = p(PROV, "endedAtTime");
        public static final Property used = p(PROV, "used");
    }

    /** NIF 2.0 core: strings, offsets and the text they index. */
    public static final class Nif {
        private Nif() {}
        public static final Resource Context = r(NIF, "Context");
        public static final Resource Sentence = r(NIF, "Sentence");
        public static final Resource Phrase = r(NIF, "Phrase");
        public static final Resource OffsetBasedString = r(NIF, "OffsetBasedString");
        public static final Property isString = p(NIF, "isString");
        public static final Property beginIndex = p(NIF, "beginIndex");
        public static final Property endIndex = p(NIF, "endIndex");
        public static final Property anchorOf = p(NIF, "anchorOf");
        public static final Property referenceContext = p(NIF, "referenceContext");
        public static final Property sentence = p(NIF, "sentence");
    }

    /** ITS 2.0 RDF: a mention's entity. */
    public static final class Its {
        private Its() {}
        public static final Property taIdentRef = p(ITSRDF, "taIdentRef");
    }

    /** Dublin Core terms. */
    public static final class Dct {
        private Dct() {}
        public static final Property source = p(DCT, "source");
        public static final Property identifier = p(DCT, "identifier");
    }

    /** SKOS labels. */
    public static final class Skos {
        private Skos() {}
        public static final Property prefLabel = p(SKOS, "prefLabel");
        public static final Property altLabel = p(SKOS, "altLabel");
    }
}
