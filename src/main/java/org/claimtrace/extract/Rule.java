package org.claimtrace.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.Set;

/**
 * One extraction rule: an id (recorded on every fact it makes), the kind of fact, the
 * confidence of its matches, its properties (flags from the rule file that tell the builder how
 * to read it), the roles its pattern names, and the compiled Semgrex (dependency) or
 * TokensRegex (token) pattern.
 */
public record Rule(String id, Kind kind, double confidence, Set<String> properties, Set<String> roles,
                   SemgrexPattern semgrex, TokenSequencePattern tokens) {
    public enum Kind { CLAIM, DENIAL, ATTRIBUTION, REPORT, STATEMENT, THREAT, RELATION, FIGURE }

    public Rule {
        properties = Set.copyOf(properties);
        roles = Set.copyOf(roles);
    }

    /** Whether the rule file gave the rule this property. */
    public boolean is(String property) {
        return properties.contains(property);
    }
}
