package org.claimtrace.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimtrace.map.Iris;

/**
 * The canonical entities of one resolution and how the articles' own entity IRIs map to them,
 * the record the event, rewriting and resolution-graph steps share.
 *
 * @param entities  every canonical entity
 * @param byArticle per article, its current entity IRI to the canonical entity IRI
 * @param byIri     canonical entity IRI to its entity
 */
record EntityResolution(List<CanonicalEntity> entities, Map<String, Map<String, String>> byArticle,
                        Map<String, CanonicalEntity> byIri) {

    static EntityResolution of(List<CanonicalEntity> entities, Iris iris) {
        Map<String, Map<String, String>> byArticle = new HashMap<>();
        Map<String, CanonicalEntity> byIri = new HashMap<>();
        for (CanonicalEntity e : entities) {
            for (LocalCluster c : e.members()) {
                byArticle.computeIfAbsent(c.article(), a -> new HashMap<>()).put(c.currentIri(), iris.entity(e.slug()));
            }
            byIri.put(iris.entity(e.slug()), e);
        }
        return new EntityResolution(entities, byArticle, byIri);
    }

    /** The canonical IRI of an article's entity IRI (the IRI itself when it is none of the article's entities). */
    String canonical(String article, String iri) {
        return byArticle.getOrDefault(article, Map.of()).getOrDefault(iri, iri);
    }
}
