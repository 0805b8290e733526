package org.claimtrace.resolve;

import java.util.List;
import java.util.Set;
import org.claimtrace.annotate.DescribedParty;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

/**
 * One real-world thing as an article names it: its mentions, one type, a preferred label and
 * the other names it goes by.
 *
 * @param key     the name key its IRI is built from (stable across articles)
 * @param merges  why mentions were merged, one line each ("acronym: NLF = Northern Liberation Front")
 */
public record Entity(String key, String label, EntityType type, Set<String> aliases, List<Mention> mentions,
                     List<String> merges) {
    /** Every mention describes rather than names it ({@link DescribedParty}): no named entity. */
    public boolean described() {
        return !mentions.isEmpty() && mentions.stream().allMatch(m -> DescribedParty.is(m.text(), m.source()));
    }
}
