package org.claimtrace.annotate;

import java.util.Optional;

/** The kinds of named thing claimtrace keeps. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, MEDIA_OUTLET;

    /** When mentions of one thing disagree and votes tie: outlet evidence, then organisation, person, place. */
    private static final java.util.List<EntityType> TIE_ORDER = java.util.List.of(MEDIA_OUTLET, ORGANIZATION, PERSON, PLACE);

    /** The type with the most votes, ties broken by {@link #TIE_ORDER}; ORGANIZATION when there are none. */
    public static EntityType vote(java.util.Map<EntityType, Integer> votes) {
        return votes.entrySet().stream()
                .max(java.util.Comparator.comparingInt((java.util.Map.Entry<EntityType, Integer> e) -> e.getValue())
                        .thenComparingInt(e -> -TIE_ORDER.indexOf(e.getKey())))
                .map(java.util.Map.Entry::getKey).orElse(ORGANIZATION);
    }

    /** CoreNLP's NER tags to ours: LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE are places. */
    public static Optional<EntityType> fromNer(String tag) {
        return switch (tag) {
            case "PERSON" -> Optional.of(PERSON);
            case "ORGANIZATION" -> Optional.of(ORGANIZATION);
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "GPE" -> Optional.of(PLACE);
            default -> Optional.empty();
        };
    }
}
