package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
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
        // "said it did not carry out the attack": a negated clause under the cue claims nothing
        if (Clauses.negatedComplement(s, cue)) return Optional.empty();
        Optional<Mention> claimant = m.has("agent")
                ? ctx.args.mention(s, m.head("agent"), true, ExtractionContext.ACTORS)
                : ctx.governingSubject(s, cue);
        // "It also claimed ...": a pronoun claiming again is the group that claimed before
        if (m.has("agent") && s.tokens().get(m.head("agent")).pos().equals("PRP")) {
            // an outlet that "said" something before is not who "it" is when "it" claims an attack
            claimant = !ctx.claimants.isEmpty() ? Optional.of(ctx.claimants.getLast())
                    : ctx.args.antecedent(s, m.head("agent"), EnumSet.of(EntityType.ORGANIZATION));
        }
        // "turned to social media to claim": an outlet described by its kind is where a claim went, not who made it
        if (claimant.isPresent() && claimant.get().type() == EntityType.MEDIA_OUTLET && claimant.get().source().equals("argument-phrase")) {
            claimant = ctx.governingSubject(s, cue).filter(c -> c.type() != EntityType.MEDIA_OUTLET);
        }
        if (claimant.isPresent() && ctx.dateline.covers(claimant.get())) claimant = Optional.empty();
        if (claimant.isEmpty()) claimant = ctx.nearestBefore(s, cue, EnumSet.of(EntityType.ORGANIZATION))
                .filter(c -> !ctx.dateline.covers(c) && !speaksAbove(s, cue, c));
        if (claimant.isEmpty() || claimant.get().type() == EntityType.PLACE || stateBody(claimant.get())) return Optional.empty();
        claimant = Optional.of(ctx.args.widened(s, claimant.get()));
        int around = m.has("obj") ? m.head("obj") : cue;
        Mention channel = ctx.channelUnder(s, new TreeSet<>(List.of(cue, around)), claimant.get());
        double conf = m.rule().confidence() * (m.has("agent") ? 1.0 : 0.8);
        return Optional.of(new Fact.Claim(claimant.get(), ctx.eventFor(m), channel, ctx.evidence(m, conf), null));
    }

    /**
     * Police, authorities, governments: bodies of a state that report operations and blame others
     * but do not claim attacks the way armed groups do ("police said they killed ..." is no claim).
     * Militaries, ministries and intelligence services are left to the rules: some do claim strikes.
     */
    private static boolean stateBody(Mention m) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        return Lexicons.STATE_BODY_HEADS.contains(words[words.length - 1]);
    }

    /** "the local media reported that a faction claimed ...": the subject of a clause above the cue relays the claim, it does not make it. */
    private static boolean speaksAbove(AnnotatedSentence s, int cue, Mention c) {
        if (!s.parsed() || c.sentence() != s.index()) return false;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(cue + 1);
        for (IndexedWord up = w == null ? null : g.getParent(w); up != null; up = g.getParent(up)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(up)) {
                if (e.getRelation().toString().startsWith("nsubj") && c.holds(s.index(), e.getDependent().index() - 1)) return true;
            }
        }
        return false;
    }

    /**
     * A group speaking of its own act: "the group said it carried out the attack", "'We are behind
     * the bombing,' its spokesman said", or a claim cue over responsibility or the event
     * ("a spokesman claimed responsibility for the raid").
     */
    @Override
    public List<Fact> fromSpeech(Speech sp, ExtractionContext ctx) {
        // "denied that it was behind the attack" is a denial
        if (!sp.asserts() || Lexicons.DENY_VERBS.contains(sp.cueLemma())) return List.of();
        // "claimed responsibility for", "took credit for", "claimed the attack"
        boolean claimCue = Lexicons.CLAIM_VERB.contains(sp.cueLemma())
                && (sp.content.stream().anyMatch(i -> sp.lemma(i).equals("responsibility") || sp.lemma(i).equals("credit"))
                        || (sp.attribution.contentHead() >= 0 && Lexicons.EVENT.contains(sp.lemma(sp.attribution.contentHead()))));
        List<Fact> out = new ArrayList<>();
        for (Mention said : sp.speakers(ctx)) {
            // what a group's own outlet says, the group says through it
            Mention owner = sp.ownerOf(ctx, said);
            Mention speaker = owner != null ? owner : said;
            if (speaker.type() != EntityType.ORGANIZATION || stateBody(speaker)) continue;
            Predicate<Speech.Act> self =
                    a -> sp.selfReference(ctx, a.doer(), speaker, owner != null) || sp.selfReference(ctx, a.doer(), said);
            // "the agency's claim that X was behind the bombing" ties the act to another: blame, not a claim
            boolean own = (claimCue && sp.acts().stream().allMatch(self))
                    || sp.acts().stream().anyMatch(a -> !a.negated() && self.test(a));
            if (!own) continue;
            Mention channel = owner != null ? said : ctx.channelUnder(sp.sentence, new TreeSet<>(List.of(sp.attribution.cueHead())), speaker);
            out.add(new Fact.Claim(speaker, sp.event(ctx), channel,
                    sp.evidence("claim.from-statement", 0.85 * sp.attribution.confidence()), sp.statement));
        }
        return out;
    }
}
