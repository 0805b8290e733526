package org.claimtrace.extract.learn;

import java.util.List;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.extract.learn.PolnearCorpus.GoldAttribution;

/** An annotated article with its gold attributions: what learning and scoring read. */
public record GoldArticle(AnnotatedArticle article, List<GoldAttribution> gold) {}
