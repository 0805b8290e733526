package org.claimtrace.annotate;

import java.util.List;
import org.claimtrace.source.Article;

/**
 * The annotate stage's output: sentences and typed entity mentions of one article, and notes on
 * how it was annotated that the article's record should keep (overlong sentences cut).
 */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences, List<Mention> mentions, List<String> notes) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        notes = List.copyOf(notes);
    }

    public String textOf(int begin, int end) {
        return article.text().substring(begin, end);
    }
}
