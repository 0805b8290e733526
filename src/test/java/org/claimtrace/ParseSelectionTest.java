package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.extract.Rule;
import org.claimtrace.extract.RuleBook;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two short cuts that rest on the rules' cue words lose nothing, on the seeds and on the
 * held-out corpus: parsing only the sentences a rule could match (the default) gives the very
 * facts, events and mentions that parsing every sentence gives, and a rule skipped for a sentence
 * because the sentence lacks its cue words would not have matched it.
 */
class ParseSelectionTest {
    private static List<Article> articles;
    /** The articles with every sentence parsed, as the baseline of both checks. */
    private static List<AnnotatedArticle> fullyParsed;

    @BeforeAll
    static void parseEverySentence() {
        articles = new ArticleReader().read(List.of(SeedStore.SEEDS, SeedStore.CORPUS)).articles();
        fullyParsed = articles.stream().map(a -> Pipelines.nlpFullParse().annotate(a)).toList();
    }

    @Test
    void selectiveParsingKeepsEveryFact() {
        int sentences = 0;
        int parsed = 0;
        int facts = 0;
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            AnnotatedArticle selective = Pipelines.nlp().annotate(a);
            ExtractedArticle some = Pipelines.extractor().extract(selective);
            ExtractedArticle all = Pipelines.extractor().extract(fullyParsed.get(i));
            assertEquals(all.facts(), some.facts(), a.sourceName() + ": facts");
            assertEquals(all.events(), some.events(), a.sourceName() + ": events");
            assertEquals(all.mainEvent(), some.mainEvent(), a.sourceName() + ": main event");
            assertEquals(all.extraMentions(), some.extraMentions(), a.sourceName() + ": mentions found by rules");
            assertEquals(all.annotated().mentions(), selective.mentions(), a.sourceName() + ": entity mentions");
            sentences += selective.sentences().size();
            parsed += (int) selective.sentences().stream().filter(s -> s.parsed()).count();
            facts += some.facts().size();
        }
        assertTrue(facts > 50, "the corpus has facts to compare: " + facts);
        System.out.printf("Selective parsing: %d of %d sentences parsed (%.0f%%), %d facts identical to parsing all%n",
                parsed, sentences, 100.0 * parsed / sentences, facts);
    }

    @Test
    void rulesSkippedForLackOfCueWordsWouldNotHaveMatched() {
        RuleBook book = org.claimtrace.extract.RuleExtractor.rules();
        int tried = 0;
        int skipped = 0;
        Set<String> matchedRules = new HashSet<>();
        for (AnnotatedArticle article : fullyParsed) {
            for (AnnotatedSentence s : article.sentences()) {
                List<Rule> candidates = book.candidates(NlpPipeline.wordsAndLemmas(s.coreTokens()));
                for (Rule r : book.rules()) {
                    boolean matches = r.semgrex() != null ? r.semgrex().matcher(s.dependencies()).find()
                            : r.tokens().getMatcher(s.coreTokens()).find();
                    if (matches) matchedRules.add(r.id());
                    if (candidates.contains(r)) {
                        tried++;
                    } else {
                        skipped++;
                        assertFalse(matches, "rule " + r.id() + " was skipped but matches: " + s.text());
                    }
                }
            }
        }
        assertTrue(matchedRules.size() > 20, "most rules match somewhere in the corpus: " + matchedRules.size());
        assertTrue(skipped > tried, "the cue words rule out most (rule, sentence) pairs: " + skipped + " skipped, " + tried + " tried");
        System.out.printf("Rule selection: %d (rule, sentence) pairs tried, %d skipped, %d rules match somewhere%n",
                tried, skipped, matchedRules.size());
    }
}
