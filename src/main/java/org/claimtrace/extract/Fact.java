package org.claimtrace.extract;

import org.claimtrace.annotate.Mention;

/** A provenance fact extracted from one sentence. Each kind is an n-ary node in the graph. */
public sealed interface Fact {
    Evidence evidence();

    /**
     * Who claimed responsibility for which event, through which channel. {@code statement}, here and
     * in the kinds below, is the attribution the fact was read from, or null for a rule's match.
     */
    record Claim(Mention claimant, EventMention event, Mention channel, Evidence evidence, Statement statement) implements Fact {}

    /** Who denied responsibility or involvement. */
    record Denial(Mention denier, EventMention event, Evidence evidence, Statement statement) implements Fact {}

    /** Who blamed whom for which event, and how firmly. {@code attributor} may be null (passive voice). */
    record Attribution(Mention attributor, EventMention event, Mention party, Certainty certainty, Evidence evidence,
                       Statement statement) implements Fact {}

    /**
     * Who relayed a claim or statement. {@code reported} is the fact relayed when the sentence states
     * it (a nested report is a report of a report); {@code subject} is whose claim or statement it was.
     */
    record Report(Mention reporter, ReportKind kind, Fact reported, Mention subject, Evidence evidence, Statement statement)
            implements Fact {}

    /** Direct or indirect speech: source, cue and content, each with its span. */
    record Statement(Mention source, Span sourceSpan, Span cue, Span content, boolean direct, Evidence evidence)
            implements Fact {}

    /** Who threatened whom, through which channel. */
    record Threat(Mention threatener, Mention target, Mention channel, Evidence evidence) implements Fact {}

    /** A reported figure ("at least 137 deaths"), with who gave it where the text says. */
    record Figure(String kind, String value, long quantity, String qualifier, EventMention event, Mention givenBy,
                  Evidence evidence) implements Fact {}

    /** An organisational link the text states: "media outlet of", "branch of". */
    record OrgRelation(Mention subject, String relation, Mention object, Evidence evidence) implements Fact {}

    enum Certainty { ASSERTED, HEDGED, DOUBTED }

    enum ReportKind { CLAIM, STATEMENT }
}
