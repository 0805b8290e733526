package org.claimtrace.extract;

import java.util.List;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.Mention;

/**
 * The extract stage's output.
 *
 * @param extraMentions argument mentions the rules found that NER did not ("armed separatists")
 * @param mainEvent     the event most of the article is about, or null
 */
public record ExtractedArticle(AnnotatedArticle annotated, List<Fact> facts, List<EventMention> events,
                               EventMention mainEvent, List<Mention> extraMentions) {}
