package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.extract.attribution.Attribution;
import org.claimtrace.extract.attribution.AttributionFinder;

/**
 * The extract stage, in two layers. First the general attribution layer finds every (source,
 * cue, content) of the article ({@link AttributionFinder}); each becomes a statement. Then the
 * typed facts: each builder ({@link FactBuilder}, one per kind) reads its kind from the rules'
 * matches and from the statements (a claim is a group speaking of its own act, blame a source
 * tying an act to another party, a report an outlet relaying). The reports of a sentence nest, one
 * fact per reading is kept, and the article's wire (dateline or credit line) reports every claim,
 * attribution and statement in it. The rule book is checked against the builders' roles when it loads.
 */
public final class RuleExtractor implements FactExtractor {
    private static final List<FactBuilder> BUILDERS = List.of(new ClaimBuilder(), new DenialBuilder(), new BlameBuilder(),
            new ReportBuilder(), new StatementBuilder(), new ThreatBuilder(), new RelationBuilder(), new FigureBuilder());

    private final Map<Rule.Kind, FactBuilder> builders = new EnumMap<>(Rule.Kind.class);
    private final Matcher matcher;
    private final EventFinder events = new EventFinder();
    private final Set<String> outerReports;
    private final AttributionFinder attributions;
    private final BlameDecision blame;

    public RuleExtractor(RuleBook book, AttributionFinder attributions) {
        this(book, attributions, BlameDecision.shipped());
    }

    /** An extractor whose blame in what sources say is decided by {@code blame} (training records the candidates with it). */
    public RuleExtractor(RuleBook book, AttributionFinder attributions, BlameDecision blame) {
        this.attributions = attributions;
        this.blame = blame;
        for (FactBuilder b : BUILDERS) builders.put(b.kind(), b);
        this.matcher = new Matcher(book);
        this.outerReports = book.idsWith(ReportBuilder.OUTER);
    }

    /** The shipped rule book, checked against the builders' roles. */
    public static RuleBook rules() {
        Map<Rule.Kind, RoleSpec> specs = new EnumMap<>(Rule.Kind.class);
        for (FactBuilder b : BUILDERS) specs.put(b.kind(), b.roles());
        return RuleBook.load(specs);
    }

    @Override
    public ExtractedArticle extract(AnnotatedArticle article) {
        Arguments args = new Arguments(article);
        ExtractionContext ctx = new ExtractionContext(args, events.find(args), blame);
        ctx.quotes = DirectQuotes.find(ctx);
        for (Attribution a : attributions.find(article)) {
            AnnotatedSentence s = article.sentences().get(a.sentence());
            ctx.speeches.add(new Speech(a, s, StatementBuilder.of(a, s, ctx)));
        }
        List<Fact> facts = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            List<Fact> sentenceFacts = new ArrayList<>();
            for (RuleMatch m : matcher.match(s)) {
                for (Fact x : builders.get(m.rule().kind()).buildAll(m, ctx)) {
                    if (x instanceof Fact.OrgRelation r) ctx.relations.add(r);
                    sentenceFacts.add(x);
                }
            }
            List<Fact> read = new ArrayList<>(FactMerging.chainReports(sentenceFacts, r -> outerReports.contains(r.evidence().rule())));
            for (Speech sp : ctx.speeches) {
                if (sp.sentence.index() != s.index()) continue;
                for (FactBuilder b : BUILDERS) read.addAll(b.fromSpeech(sp, ctx));
            }
            List<Fact> kept = FactMerging.dedupe(FactMerging.withoutBlameOfRelayedClaimants(read));
            for (Fact f : kept) if (f instanceof Fact.Claim c) ctx.claimants.add(c.claimant());
            facts.addAll(kept);
        }
        // a quotation the layer read as a statement is that statement
        for (Fact.Statement q : ctx.quotes) {
            boolean read = ctx.speeches.stream().anyMatch(sp -> Clauses.overlaps(sp.attribution.content(), q.content()));
            if (!read) facts.add(q);
        }
        facts = new ArrayList<>(FactMerging.withoutImplausibleBlame(FactMerging.withoutGroupDescriptionClaimants(facts)));
        facts.addAll(WireReports.of(ctx, facts));
        return new ExtractedArticle(article, facts, ctx.events, ctx.main, args.extraMentions());
    }
}
