package org.claimtrace.annotate;

import java.util.List;
import org.claimtrace.source.Article;

/** The annotate stage's output: sentences and typed entity mentions of one article. */
public record AnnotatedArticle(Article article, List<AnnotatedSentence> sentences, List<Mention> mentions) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
    }

    public String textOf(int begin, int end) {
        return article.text().substring(begin, end);
    }
}
