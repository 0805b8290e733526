package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

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
                .map(d -> new Fact.Denial(d, ctx.eventFor(m), ctx.evidence(m, m.rule().confidence()), null));
    }

    /**
     * A source saying it did not do it: "the group said it had no role in the attack", "'we did not
     * carry out the bombing'", or denying that it did ("a spokesman denied that the group was behind it").
     */
    @Override
    public List<Fact> fromSpeech(Speech sp, ExtractionContext ctx) {
        if (Clauses.negated(sp.sentence, sp.attribution.cueHead())) return List.of();
        boolean denies = Lexicons.DENY_VERBS.contains(sp.cueLemma());
        List<Fact> out = new ArrayList<>();
        for (Mention speaker : sp.speakers(ctx)) {
            if (speaker.type() == EntityType.PLACE) continue;
            if (sp.acts().stream().anyMatch(a -> a.negated() != denies && sp.selfReference(ctx, a.doer(), speaker))) {
                out.add(new Fact.Denial(speaker, sp.event(ctx), sp.evidence("denial.from-statement", 0.8 * sp.attribution.confidence()),
                        sp.statement));
            }
        }
        return out;
    }
}
