package org.claimtrace.extract;

import org.claimtrace.annotate.AnnotatedArticle;

/** The extract stage's entry point. */
public interface FactExtractor {
    ExtractedArticle extract(AnnotatedArticle article);
}
