package org.claimtrace.extract;

import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

/** Threats: who threatened whom; a group's media outlet threatening speaks for the group, through the outlet. */
final class ThreatBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.THREAT;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("cue", "target"), Set.of("agent"));
    }

    @Override
    public Optional<Fact.Threat> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        int cue = m.head("cue");
        if (Clauses.negated(s, cue)) return Optional.empty();
        Optional<Mention> who = m.has("agent") ? ctx.args.mention(s, m.head("agent"), false, ExtractionContext.ACTORS)
                : ctx.governingSubject(s, cue);
        Optional<Mention> target = ctx.args.mention(s, m.head("target"), false, ExtractionContext.PARTIES);
        if (who.isEmpty() || target.isEmpty() || Clauses.sameName(who.get(), target.get())) return Optional.empty();
        Mention threatener = who.get();
        Mention channel = null;
        if (threatener.type() == EntityType.MEDIA_OUTLET) {
            // A group's media arm making the threat: the group threatens, through its outlet.
            channel = threatener;
            Mention outlet = threatener;
            threatener = ctx.relations.stream().filter(r -> Clauses.sameName(r.subject(), outlet)).map(Fact.OrgRelation::object)
                    .findFirst().orElse(threatener);
            if (threatener == outlet) channel = null;
        }
        return Optional.of(new Fact.Threat(threatener, target.get(), channel, ctx.evidence(m, m.rule().confidence())));
    }
}
