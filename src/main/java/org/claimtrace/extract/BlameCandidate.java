package org.claimtrace.extract;

import java.util.List;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.Fact.Certainty;

/**
 * A possible attribution of blame: who blames (null when the text names no one), the party, the
 * event and how firmly it is said, with the features the learned decision reads ({@link
 * BlameDecision}).
 *
 * @param origin   what proposed it: "rule" (a blame cue's pattern, "X blamed Y"), "act" (what a
 *                 source says, whose grammar ties an act to the party: "Y was behind the attack")
 *                 or "named" (a party merely named in what a source says)
 * @param features feature strings of {@link BlameCandidates}
 */
public record BlameCandidate(Mention speaker, Mention party, EventMention event, Certainty certainty, String origin,
                             List<String> features, Fact.Statement statement) {}
