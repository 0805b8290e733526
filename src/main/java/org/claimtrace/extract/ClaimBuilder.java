package org.claimtrace.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

/**
 * Claims of responsibility: who claimed which event, through which channel. The claimant is the
 * rule's agent, else the subject a non-finite cue borrows, else the nearest organisation before
 * the cue; never a place, never the dateline's city or agency.
 */
final class ClaimBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.CLAIM;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("cue"), Set.of("agent", "obj", "event"));
    }

    @Override
    public Optional<Fact.Claim> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        int cue = m.head("cue");
        if (Clauses.negated(s, cue) || (m.has("agent") && Clauses.negatedNoun(s, m.head("agent")))) return Optional.empty();
        Optional<Mention> claimant = m.has("agent")
                ? ctx.args.mention(s, m.head("agent"), true, ExtractionContext.ACTORS)
                : ctx.governingSubject(s, cue);
        if (claimant.isPresent() && ctx.dateline.covers(claimant.get())) claimant = Optional.empty();
        if (claimant.isEmpty()) claimant = ctx.nearestBefore(s, cue, EnumSet.of(EntityType.ORGANIZATION))
                .filter(c -> !ctx.dateline.covers(c));
        if (claimant.isEmpty() || claimant.get().type() == EntityType.PLACE) return Optional.empty();
        claimant = Optional.of(ctx.args.widened(s, claimant.get()));
        int around = m.has("obj") ? m.head("obj") : cue;
        Mention channel = ctx.channelUnder(s, new TreeSet<>(List.of(cue, around)), claimant.get());
        double conf = m.rule().confidence() * (m.has("agent") ? 1.0 : 0.8);
        return Optional.of(new Fact.Claim(claimant.get(), ctx.eventFor(m), channel, ctx.evidence(m, conf)));
    }
}
