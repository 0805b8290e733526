package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;

/**
 * The extract stage: runs the rule book over each sentence and hands each match to the builder
 * of its kind ({@link FactBuilder}), then nests the reports of a sentence and keeps one fact per
 * reading. The builders are fixed here, one per kind, and the rule book is checked against the
 * roles they read when it loads.
 */
public final class RuleExtractor implements FactExtractor {
    private static final List<FactBuilder> BUILDERS = List.of(new ClaimBuilder(), new DenialBuilder(), new BlameBuilder(),
            new ReportBuilder(), new StatementBuilder(), new ThreatBuilder(), new RelationBuilder(), new FigureBuilder());

    private final RuleBook book;
    private final Map<Rule.Kind, FactBuilder> builders = new EnumMap<>(Rule.Kind.class);
    private final Matcher matcher;
    private final EventFinder events = new EventFinder();
    private final Set<String> outerReports;

    public RuleExtractor(RuleBook book) {
        this.book = book;
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
        ExtractionContext ctx = new ExtractionContext(args, events.find(args));
        ctx.quotes = DirectQuotes.find(ctx);
        List<Fact> facts = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            List<Fact> sentenceFacts = new ArrayList<>();
            for (RuleMatch m : matcher.match(s)) {
                Optional<? extends Fact> f = builders.get(m.rule().kind()).build(m, ctx);
                f.ifPresent(x -> {
                    if (x instanceof Fact.OrgRelation r) ctx.relations.add(r);
                    sentenceFacts.add(x);
                });
            }
            facts.addAll(FactMerging.dedupe(FactMerging.chainReports(sentenceFacts, r -> outerReports.contains(r.evidence().rule()))));
        }
        facts.addAll(ctx.quotes);
        return new ExtractedArticle(article, FactMerging.withoutGroupDescriptionClaimants(facts), ctx.events, ctx.main,
                args.extraMentions());
    }
}
