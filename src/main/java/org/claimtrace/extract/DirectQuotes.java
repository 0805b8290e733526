package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/** Direct quotations and their speakers ('"...," he said' / 'X said: "..."'): a speech verb next to the quote, and its subject. */
final class DirectQuotes {
    private DirectQuotes() {}

    static List<Fact.Statement> find(ExtractionContext ctx) {
        List<Fact.Statement> out = new ArrayList<>();
        AnnotatedArticle a = ctx.args.article();
        for (Span q : QuoteReader.quotes(a.article().text())) {
            AnnotatedSentence last = Clauses.sentenceAt(a, q.end());
            AnnotatedSentence first = Clauses.sentenceAt(a, q.begin());
            if (last == null || first == null) continue;
            Speaker sp = speakerAfter(ctx, last, q.end() + 1);
            if (sp == null) sp = speakerBefore(ctx, first, q.begin() - 1);
            if (sp == null) continue;
            out.add(new Fact.Statement(sp.source, sp.span, sp.cue, q, true,
                    new Evidence(last.index(), new Span(Math.min(q.begin(), sp.span.begin()), Math.max(q.end(), sp.cue.end()),
                            a.textOf(Math.min(q.begin(), sp.span.begin()), Math.max(q.end(), sp.cue.end()))),
                            sp.cue, "quote.direct", sp.source == null ? 0.6 : 0.85)));
        }
        return out;
    }

    private record Speaker(Mention source, Span span, Span cue) {}

    /** '"...," he said' / '..." the message states': a speech verb right after the quote, and its subject. */
    private static Speaker speakerAfter(ExtractionContext ctx, AnnotatedSentence s, int after) {
        for (Token tok : s.tokens()) {
            if (tok.begin() < after) continue;
            if (tok.begin() > after + 60) break;
            if (tok.pos().startsWith("VB") && Lexicons.SAY.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                return speakerOf(ctx, s, tok.index());
            }
        }
        return null;
    }

    /** 'X said: "..."' / 'X warned that "..."': a speech verb right before the quote. */
    private static Speaker speakerBefore(ExtractionContext ctx, AnnotatedSentence s, int before) {
        List<Token> t = s.tokens();
        for (int i = t.size() - 1; i >= 0; i--) {
            Token tok = t.get(i);
            if (tok.end() > before) continue;
            if (tok.end() < before - 40) break;
            if (tok.pos().startsWith("VB") && Lexicons.SAY.contains(tok.lemma().toLowerCase(Locale.ROOT))) {
                return speakerOf(ctx, s, tok.index());
            }
        }
        return null;
    }

    private static Speaker speakerOf(ExtractionContext ctx, AnnotatedSentence s, int verb) {
        Span cue = ctx.args.span(s, verb, verb + 1);
        int subj = Clauses.subjectOf(s, verb);
        if (subj < 0) {
            // Inverted "said the spokesman": the noun after the verb.
            if (verb + 1 < s.tokens().size() && s.tokens().get(verb + 1).pos().matches("DT|NNP.*")) subj = verb + 1;
            else return null;
        }
        Optional<Mention> src = ctx.args.mention(s, subj, false, ExtractionContext.ACTORS);
        return new Speaker(src.orElse(null), ctx.args.span(s, ctx.args.phraseTokens(s, subj)), cue);
    }
}
