package org.claimtrace.extract;

import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;

/** Denials of responsibility: who rejected a role in which event. */
final class DenialBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.DENIAL;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("cue", "agent"), Set.of());
    }

    @Override
    public Optional<Fact.Denial> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        if (Clauses.negated(s, m.head("cue"))) return Optional.empty();
        return ctx.args.mention(s, m.head("agent"), true, ExtractionContext.ACTORS)
                .map(d -> new Fact.Denial(d, ctx.eventFor(m), ctx.evidence(m, m.rule().confidence())));
    }
}
