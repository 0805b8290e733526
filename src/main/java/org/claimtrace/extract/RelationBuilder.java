package org.claimtrace.extract;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

/** Organisational links the text states: an outlet that is a group's ("media outlet of"), a branch of a group. */
final class RelationBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.RELATION;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("owner"), Set.of("head")).anyOf("outlet", "branch");
    }

    @Override
    public Optional<Fact.OrgRelation> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        boolean branch = m.has("branch");
        Optional<Mention> sub = branch ? ctx.args.mention(s, m.head("branch"), false, EnumSet.of(EntityType.ORGANIZATION))
                : ctx.args.mentionAt(s, m.head("outlet"), EnumSet.of(EntityType.MEDIA_OUTLET));
        Optional<Mention> owner = ctx.args.mention(s, m.head("owner"), false, EnumSet.of(EntityType.ORGANIZATION));
        if (sub.isEmpty() || owner.isEmpty() || Clauses.sameName(sub.get(), owner.get())) return Optional.empty();
        return Optional.of(new Fact.OrgRelation(sub.get(), branch ? "branch of" : "media outlet of", owner.get(),
                ctx.evidence(m, m.rule().confidence())));
    }
}
