package org.claimtrace.extract;

import java.util.List;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.Fact.Certainty;

/**
 * A party named in what a source says that may be blamed by it: the speaker, the party, the event
 * and how firmly it is said, with the features the learned decision reads ({@link BlameDecision}).
 *
 * @param features feature strings of {@link BlameCandidates}: word classes and relations, never a name
 */
public record BlameCandidate(Mention speaker, Mention party, EventMention event, Certainty certainty, List<String> features) {}
