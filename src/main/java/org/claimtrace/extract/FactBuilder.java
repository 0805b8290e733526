package org.claimtrace.extract;

import java.util.List;
import java.util.Optional;

/**
 * Builds the facts of one kind. It declares the roles it reads from the rules of its kind (the
 * rule book checks them when it loads) and turns a rule's match into a fact: it decides what
 * each role refers to, and drops what the rule's shape matched but the sentence does not state
 * (a negated cue, a party that is the speaker himself). It also reads the facts of its kind
 * from what the general attribution layer found ({@link Speech}): a claim is a group speaking of
 * its own act, blame a source tying an act to another, a report an outlet relaying a statement.
 */
interface FactBuilder {
    Rule.Kind kind();

    RoleSpec roles();

    Optional<? extends Fact> build(RuleMatch m, ExtractionContext ctx);

    /** The facts a rule's match states: the one {@link #build} reads, or more where a builder reads conjoined parties. */
    default List<? extends Fact> buildAll(RuleMatch m, ExtractionContext ctx) {
        return build(m, ctx).stream().toList();
    }

    /** The facts of this kind an attribution states; each keeps the statement it was read from. */
    default List<Fact> fromSpeech(Speech sp, ExtractionContext ctx) {
        return List.of();
    }
}
