package org.claimtrace.extract;

import java.util.Map;
import org.claimtrace.annotate.AnnotatedSentence;

/**
 * A rule matched in a sentence: each named node or group as a token range [from, to) of the
 * sentence. For a Semgrex node the range is the node's token alone; {@link Arguments} widens it
 * to the node's dependency subtree where a role needs the whole phrase.
 */
record RuleMatch(Rule rule, AnnotatedSentence sentence, Map<String, int[]> roles) {
    boolean has(String role) {
        return roles.containsKey(role);
    }

    int head(String role) {
        int[] r = roles.get(role);
        return r[1] - 1;
    }
}
