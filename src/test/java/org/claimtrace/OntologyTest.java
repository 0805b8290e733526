package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.claimtrace.map.CT;
import org.junit.jupiter.api.Test;

/** Every ct: term the store uses (article graphs and the resolution graph) is declared in ontology/claimtrace.ttl. */
class OntologyTest {
    @Test
    void everyTermTheGraphUsesIsDeclared() {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology/claimtrace.ttl").toString());
        Set<String> used = new TreeSet<>();
        var ds = SeedStore.store().dataset();
        Txn.executeRead(ds, () -> ds.asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getPredicate().getURI().startsWith(CT.NS)) used.add(q.getPredicate().getURI());
            if (q.getPredicate().equals(RDF.type.asNode()) && q.getObject().isURI() && q.getObject().getURI().startsWith(CT.NS)) {
                used.add(q.getObject().getURI());
            }
        }));
        assertTrue(used.size() > 30, "the seeds store uses the vocabulary: " + used);
        Set<String> undeclared = new TreeSet<>();
        for (String term : used) {
            if (!ontology.contains(ontology.createResource(term), RDF.type)) undeclared.add(term);
        }
        assertTrue(undeclared.isEmpty(), "used but not declared in ontology/claimtrace.ttl: " + undeclared);
    }
}
