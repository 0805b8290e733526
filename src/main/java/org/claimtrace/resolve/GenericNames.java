package org.claimtrace.resolve;

import java.util.Set;
import java.util.stream.Collectors;
import org.claimtrace.util.Resources;

/**
 * Names that say what kind of body something is but not which ("Foreign Ministry", "police",
 * "Ministry of Interior"): every country has one, so articles sharing such a name are no evidence
 * that they mean one body. The words are in {@code generic-names.txt}.
 */
final class GenericNames {
    private static final Set<String> WORDS = Resources.lines(GenericNames.class, "generic-names.txt").stream()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());

    private GenericNames() {}

    /** A name key made of generic words alone. */
    static boolean isGeneric(String key) {
        if (key.isBlank()) return false;
        for (String w : key.split(" ")) {
            if (!WORDS.contains(w)) return false;
        }
        return true;
    }
}
