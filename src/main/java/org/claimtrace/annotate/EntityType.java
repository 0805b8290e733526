package org.claimtrace.annotate;

import java.util.Optional;

/** The kinds of named thing claimtrace keeps. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, MEDIA_OUTLET;

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
