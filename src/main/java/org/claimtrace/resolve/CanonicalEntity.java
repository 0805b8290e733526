package org.claimtrace.resolve;

import java.util.List;
import java.util.Map;
import org.claimtrace.annotate.EntityType;

/**
 * One node for one real-world thing across all articles.
 *
 * @param slug     the last segment of its IRI (BASE/entity/slug)
 * @param typeRule why it has its type: "gazetteer", "outlet evidence", "majority of mentions"
 * @param reasons  per member cluster id, why it belongs here
 * @param concept  the gazetteer concept, or null
 */
public record CanonicalEntity(String slug, String label, EntityType type, String typeRule,
                              List<LocalCluster> members, Map<String, String> reasons, Gazetteer.Concept concept) {
    /** Every article describes rather than names it: a party, not a named entity. */
    public boolean described() {
        return concept == null && !members.isEmpty() && members.stream().allMatch(LocalCluster::described);
    }
}
