package org.claimtrace.resolve;

import java.util.Map;
import org.claimtrace.annotate.EntityType;

/**
 * One article's entity as the store holds it: the mentions the article-level resolver put
 * together, with their surface forms and types. The cross-article resolver works on these.
 *
 * @param currentIri     the entity IRI the article's graph uses now
 * @param surfaces       surface form to number of mentions
 * @param types          type to number of mentions
 * @param outletEvidence some mention was typed a media outlet by the lexicon or by context
 * @param described      every mention describes rather than names it ("military officials")
 */
public record LocalCluster(String article, String localKey, String currentIri, Map<String, Integer> surfaces,
                           Map<EntityType, Integer> types, boolean outletEvidence, boolean described) {
    public LocalCluster(String article, String localKey, String currentIri, Map<String, Integer> surfaces,
                        Map<EntityType, Integer> types, boolean outletEvidence) {
        this(article, localKey, currentIri, surfaces, types, outletEvidence, false);
    }

    public String id() {
        return article + "#" + localKey;
    }
}
