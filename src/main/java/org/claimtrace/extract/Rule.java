package org.claimtrace.extract;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * One extraction rule: an id (recorded on every fact it makes), the kind of fact, a compiled
 * Semgrex (dependency) or TokensRegex (token) pattern, and the confidence of its matches.
 */
public record Rule(String id, Kind kind, double confidence, SemgrexPattern semgrex, TokenSequencePattern tokens) {
    public enum Kind { CLAIM, DENIAL, ATTRIBUTION, REPORT, STATEMENT, THREAT, RELATION, FIGURE }
}
