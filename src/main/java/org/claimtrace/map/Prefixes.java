package org.claimtrace.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/** The prefixes claimtrace's graphs, queries and exports use. */
public final class Prefixes {
    private Prefixes() {}

    public static final Map<String, String> ALL;

    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ct", CT.NS);
        p.put("schema", Vocab.SCHEMA);
        p.put("prov", Vocab.PROV);
        p.put("nif", Vocab.NIF);
        p.put("itsrdf", Vocab.ITSRDF);
        p.put("dct", Vocab.DCT);
        p.put("skos", Vocab.SKOS);
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ALL = Map.copyOf(p);
    }

    /**
     * {@link #ALL} and the prefixes of a store's own entities and events under its base IRI
     * ({@code ent:}, {@code ev:}, as in ontology/README.md), for showing IRIs to people.
     */
    public static PrefixMapping forBase(String base) {
        PrefixMapping p = apply(PrefixMapping.Factory.create());
        p.setNsPrefix("ent", base + "entity/");
        p.setNsPrefix("ev", base + "event/");
        return p.lock();
    }

    public static <T extends PrefixMapping> T apply(T mapping) {
        mapping.setNsPrefixes(ALL);
        return mapping;
    }
}
