package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

/**
 * One article as the builders see it: its mentions and the readers of argument phrases, its
 * events and main event, its dateline, its direct quotations, and the organisational relations
 * found so far (a threat by a group's outlet is the group's). Also the lookups several builders
 * share: a fact's evidence and event, the subject a non-finite cue borrows, a channel.
 */
final class ExtractionContext {
    static final Set<EntityType> ACTORS = EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.MEDIA_OUTLET);
    static final Set<EntityType> PARTIES = EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE, EntityType.MEDIA_OUTLET);

    final Arguments args;
    final OutletNames outlets;
    final DescribedParties parties;
    final List<EventMention> events;
    final EventMention main;
    final Dateline dateline;
    /** Direct quotations with their speakers, found before the rules run. */
    List<Fact.Statement> quotes = List.of();
    /** Organisational relations found so far, in article order. */
    final List<Fact.OrgRelation> relations = new ArrayList<>();
    /** The quotations of the text (between paired quotation marks), with or without a speaker. */
    final List<Span> quoteSpans;
    /** Who has claimed something so far, in article order: "it also claimed" means the last of them. */
    final List<Mention> claimants = new ArrayList<>();
    /** What the attribution layer found, as the builders read it. */
    final List<Speech> speeches = new ArrayList<>();
    /** Which candidates of blame in what sources say are blame. */
    final BlameDecision blame;
    /** The people the article names as a body's spokesman, each with the body; found on first use. */
    private List<Spokesperson> spokespeople;

    private record Spokesperson(Mention person, Mention body) {}

    ExtractionContext(Arguments args, List<EventMention> events, BlameDecision blame) {
        this.args = args;
        this.blame = blame;
        this.outlets = new OutletNames(args);
        this.parties = new DescribedParties(args);
        this.events = events;
        this.main = EventFinder.main(events);
        this.dateline = Dateline.of(args.article().article());
        this.quoteSpans = QuoteReader.quotes(args.article().article().text());
    }

    /**
     * The body a person speaks for anywhere in the article: once "army spokesman Colonel X" has
     * been named, X's "he said" later on is the army's. Anyone else is himself.
     */
    Mention speakingFor(Mention who) {
        if (who == null || who.type() != EntityType.PERSON) return who;
        if (spokespeople == null) {
            spokespeople = new ArrayList<>();
            for (Mention m : args.allMentions()) {
                if (m.type() != EntityType.PERSON || m.sentence() < 0) continue;
                AnnotatedSentence s = args.article().sentences().get(m.sentence());
                Speech.institutionOfSpokesman(this, s, m.tokenEnd() - 1).ifPresent(body -> spokespeople.add(new Spokesperson(m, body)));
            }
        }
        for (Spokesperson p : spokespeople) if (Clauses.sameName(p.person(), who) || surnameOf(p.person(), who)) return p.body();
        return who;
    }

    /** "Galon" after "Leopoldo Galon": a one-word name that is the last word of the full one. */
    private static boolean surnameOf(Mention full, Mention who) {
        String name = full.text();
        return !who.text().contains(" ") && name.contains(" ") && name.substring(name.lastIndexOf(' ') + 1).equalsIgnoreCase(who.text());
    }

    /** The attribution whose cue stands in this one's content ("Reuters reported that the army said ..."), or null. */
    Speech innerSpeech(Speech outer) {
        Span c = outer.attribution.content();
        for (Speech sp : speeches) {
            if (sp != outer && sp.attribution.cue().begin() >= c.begin() && sp.attribution.cue().end() <= c.end()) return sp;
        }
        return null;
    }

    Evidence evidence(RuleMatch m, double confidence) {
        AnnotatedSentence s = m.sentence();
        int[] cue = m.roles().getOrDefault("cue", m.roles().values().iterator().next());
        int cueTo = m.rule().tokens() != null ? cue[1] : cue[0] + 1;
        return new Evidence(s.index(), sentenceSpan(s), args.span(s, cue[0], cueTo), m.rule().id(), Math.min(1.0, confidence));
    }

    static Span sentenceSpan(AnnotatedSentence s) {
        return new Span(s.begin(), s.end(), s.text());
    }

    /** The event a fact is about: the event noun the rule found, one in the sentence, or the article's main event. */
    EventMention eventFor(RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        if (m.has("event")) {
            int e = m.head("event");
            for (EventMention em : events) {
                if (em.sentence() == s.index() && s.tokens().get(e).begin() >= em.span().begin()
                        && s.tokens().get(e).end() <= em.span().end()) return em;
            }
        }
        for (EventMention em : events) if (em.sentence() == s.index()) return em;
        return main;
    }

    /** The subject of the clause a non-finite cue hangs from ("..., vowing revenge": the main subject). */
    Optional<Mention> governingSubject(AnnotatedSentence s, int cue) {
        if (!s.parsed()) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(cue + 1);
        for (int hops = 0; w != null && hops < 3; hops++) {
            IndexedWord parent = g.getParent(w);
            if (parent == null) break;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(parent)) {
                if (e.getRelation().toString().startsWith("nsubj")) {
                    Optional<Mention> m = args.mention(s, e.getDependent().index() - 1, false, ACTORS);
                    if (m.isPresent()) return m;
                }
            }
            w = parent;
        }
        return Optional.empty();
    }

    Optional<Mention> nearestBefore(AnnotatedSentence s, int token, Set<EntityType> types) {
        return args.allMentions().stream()
                .filter(m -> m.sentence() == s.index() && m.tokenEnd() <= token && types.contains(m.type()))
                .reduce((a, b) -> b);
    }

    /** A media outlet in a "through/via/on X" phrase under the cue or its object. */
    Mention channelUnder(AnnotatedSentence s, Set<Integer> heads, Mention claimant) {
        for (int h : heads) {
            Set<Integer> sub = args.subtree(s, h);
            for (Mention m : args.allMentions()) {
                if (m.sentence() != s.index() || m.type() != EntityType.MEDIA_OUTLET || !sub.contains(m.tokenBegin())) continue;
                if (Clauses.sameName(m, claimant)) continue;
                int k = m.tokenBegin() - 1;
                while (k >= 0 && k > m.tokenBegin() - 5) {
                    if (Lexicons.CHANNEL_PREPOSITIONS.contains(s.tokens().get(k).word().toLowerCase(Locale.ROOT))) return m;
                    k--;
                }
            }
        }
        return null;
    }

    Mention firstOther(AnnotatedSentence s, Mention not, Set<EntityType> types) {
        return args.allMentions().stream()
                .filter(m -> m.sentence() == s.index() && types.contains(m.type()) && !Clauses.sameName(m, not)
                        && (m.end() <= not.begin() || m.begin() >= not.end()))
                .findFirst().orElse(null);
    }
}
