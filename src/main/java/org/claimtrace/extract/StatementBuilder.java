package org.claimtrace.extract;

import java.util.List;
import java.util.Optional;
import org.claimtrace.extract.attribution.Attribution;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/**
 * Indirect speech: source, cue and content with their spans ("X said that ...", "according to
 * X, ..."). Speech already covered by a direct quotation is left to it.
 */
final class StatementBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.STATEMENT;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("cue", "agent"), Set.of("content"));
    }

    @Override
    public Optional<Fact.Statement> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        int[] agentRange = m.roles().get("agent");
        Optional<Mention> source;
        Span sourceSpan;
        Span content;
        if (m.rule().tokens() != null) {
            source = Optional.empty();
            for (int i = agentRange[1] - 1; i >= agentRange[0] && source.isEmpty(); i--) {
                source = ctx.args.mentionAt(s, i, ExtractionContext.ACTORS);
            }
            if (source.isPresent() && source.get().type() == EntityType.MEDIA_OUTLET) return Optional.empty();
            if (source.isEmpty()) source = ctx.args.mention(s, agentRange[1] - 1, true, ExtractionContext.ACTORS);
            sourceSpan = ctx.args.span(s, agentRange[0], agentRange[1]);
            content = restOfSentence(ctx, s, m.roles().get("cue")[0], agentRange[1]);
            if (content == null) return Optional.empty();
        } else {
            int agent = m.head("agent");
            if (Clauses.negated(s, m.head("cue"))) return Optional.empty();
            source = ctx.args.mention(s, agent, true, ExtractionContext.ACTORS);
            sourceSpan = ctx.args.span(s, ctx.args.phraseTokens(s, agent));
            content = ctx.args.span(s, ctx.args.subtree(s, m.head("content")));
        }
        int cueFrom = m.roles().get("cue")[0];
        int cueTo = m.rule().tokens() != null ? m.roles().get("cue")[1] : cueFrom + 1;
        Span cue = ctx.args.span(s, cueFrom, cueTo);
        Span contentSpan = content;
        if (ctx.quotes.stream().anyMatch(q -> Clauses.overlaps(q.content(), contentSpan))) return Optional.empty();
        return Optional.of(new Fact.Statement(source.orElse(null), sourceSpan, cue, content, false,
                new Evidence(s.index(), ExtractionContext.sentenceSpan(s), cue, m.rule().id(), m.rule().confidence())));
    }

    /** The clause an "according to X" phrase attaches to: the sentence without the phrase. */
    private static Span restOfSentence(ExtractionContext ctx, AnnotatedSentence s, int phraseFrom, int phraseTo) {
        List<Token> t = s.tokens();
        int from = 0;
        int to = t.size();
        if (phraseFrom == 0) {
            from = phraseTo;
            while (from < to && t.get(from).pos().matches("[,:]")) from++;
        } else {
            to = phraseFrom;
            while (to > from && t.get(to - 1).pos().matches("[,:]")) to--;
        }
        while (to > from && t.get(to - 1).pos().matches("[.]")) to--;
        if (to - from < 3) return null;
        return ctx.args.span(s, from, to);
    }

    /**
     * An attribution of the general layer as a statement: its source's mention (null when the
     * source names no one the article knows), the source as written, its cue and its content; a
     * quotation is direct speech.
     */
    static Fact.Statement of(Attribution a, AnnotatedSentence s, ExtractionContext ctx) {
        // "the tweet said": the one who issued it
        Mention source = a.sourceHead() < 0 ? null : ctx.args.mention(s, a.sourceHead(), true, ExtractionContext.ACTORS)
                .or(() -> Speech.issuerOfDocument(ctx, s, a.sourceHead()))
                .filter(m -> !ctx.dateline.covers(m)).orElse(null);
        Span c = a.content();
        boolean direct = ctx.quoteSpans.stream().anyMatch(q -> (q.begin() >= c.begin() && q.end() <= c.end())
                || (c.begin() >= q.begin() && c.end() <= q.end()));
        return new Fact.Statement(source, a.source(), a.cue(), a.content(), direct,
                new Evidence(s.index(), ExtractionContext.sentenceSpan(s), a.cue(), "attribution." + a.rule().replace("cue-model/", ""),
                        a.confidence()));
    }

    @Override
    public List<Fact> fromSpeech(Speech sp, ExtractionContext ctx) {
        return List.of(sp.statement);
    }
}
