package org.claimtrace.extract;

import java.util.Optional;

/**
 * Builds the facts of one kind. It declares the roles it reads from the rules of its kind (the
 * rule book checks them when it loads) and turns a rule's match into a fact: it decides what
 * each role refers to, and drops what the rule's shape matched but the sentence does not state
 * (a negated cue, a party that is the speaker himself).
 */
interface FactBuilder {
    Rule.Kind kind();

    RoleSpec roles();

    Optional<? extends Fact> build(RuleMatch m, ExtractionContext ctx);
}
