package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.extract.ExtractedArticle;
import org.claimtrace.ingest.Pipelines;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleReader;
import org.junit.jupiter.api.Test;

/**
 * Parsing only the sentences a rule could match (the default) gives the very facts, events and
 * mentions that parsing every sentence gives, on the seeds and on the held-out corpus.
 */
class ParseSelectionTest {
    @Test
    void selectiveParsingKeepsEveryFact() {
        List<Article> articles = new ArticleReader().read(List.of(SeedStore.SEEDS, SeedStore.CORPUS)).articles();
        int sentences = 0;
        int parsed = 0;
        int facts = 0;
        for (Article a : articles) {
            AnnotatedArticle selective = Pipelines.nlp().annotate(a);
            ExtractedArticle some = Pipelines.extractor().extract(selective);
            ExtractedArticle all = Pipelines.extractor().extract(Pipelines.nlpFullParse().annotate(a));
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
}
