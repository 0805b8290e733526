package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.Fact.Certainty;

/**
 * The candidates for blame in one statement: each speaker with each party its content names,
 * whether or not the grammar of the content was read as tying an act to it. The hand-written
 * reading ({@code acts}) finds the party of "Y was behind the attack" when the parse is clean; the
 * mentions catch it when a long apposition or a parse error hides the tie. Which candidates are
 * blame is then decided by a model learned from annotated real news ({@link BlameDecision}), from
 * features any article has: the cue, the words that tie a party to an act around the party, the
 * party's grammatical role and type, hedges, negation, and whether the party claimed the act.
 */
final class BlameCandidates {
    /** Words that tie a party to an act, read around each party: the blame words and the verbs of attacking and intruding. */
    private static final Set<String> TIES = union(Lexicons.BLAME_WORDS, Lexicons.PERPETRATE, Lexicons.STRIKE_VERB,
            Lexicons.CYBER_ACT, Set.of("accuse", "attribute", "carry", "link", "tie", "connect", "back", "sponsor", "order"));
    private static final int AFTER = 15;
    private static final int BEFORE = 8;

    private BlameCandidates() {}

    /**
     * The candidates of a statement. {@code byAct} are the (speaker, party) pairs the act reading
     * found, with their event and certainty; every other party mention in the content joins them.
     */
    static List<BlameCandidate> of(Speech sp, ExtractionContext ctx, List<Mention> speakers, List<Fact.Attribution> byAct) {
        Map<String, BlameCandidate> out = new LinkedHashMap<>();
        for (Fact.Attribution a : byAct) {
            out.putIfAbsent(key(a.attributor(), a.party()), fromSpeech(sp, ctx, a.attributor(), a.party(), a.event(), a.certainty(), "act"));
        }
        EventMention event = sp.event(ctx);
        if (event == null) return List.copyOf(out.values());
        Certainty cueCertainty = BlameBuilder.certainty(sp.sentence, sp.attribution.cueHead());
        for (Mention m : ctx.args.mentionsIn(sp.sentence, ExtractionContext.PARTIES)) {
            if (m.begin() < sp.attribution.content().begin() || m.end() > sp.attribution.content().end()) continue;
            if (Lexicons.EVENT.contains(Speech.lemmaOf(sp.sentence, m.tokenEnd() - 1))) continue;
            Mention party = ctx.args.widened(sp.sentence, m);
            for (Mention speaker : speakers) {
                if (Clauses.sameName(speaker, party) || speaker.overlaps(party)) continue;
                out.putIfAbsent(key(speaker, party), fromSpeech(sp, ctx, speaker, party, event, cueCertainty, "named"));
            }
        }
        return List.copyOf(out.values());
    }

    /** The candidate of a blame cue's rule ("X blamed Y for the attack", "the attack was blamed on Y"). */
    static BlameCandidate ofRule(RuleMatch m, ExtractionContext ctx, int cue, Mention attributor, Mention party, EventMention event,
                                 Certainty certainty) {
        AnnotatedSentence s = m.sentence();
        List<String> f = common(s, ctx, attributor, party, event, certainty, "rule");
        f.add("rule=" + m.rule().id());
        f.add("cue=" + Speech.lemmaOf(s, cue));
        if (Clauses.negated(s, cue)) f.add("negated");
        if (party.sentence() == s.index()) {
            Set<Integer> all = new java.util.TreeSet<>();
            for (int i = 0; i < s.tokens().size(); i++) all.add(i);
            around(s, ctx, party, all, f);
        }
        return new BlameCandidate(attributor, party, event, certainty, "rule", List.copyOf(f), null);
    }

    private static String key(Mention speaker, Mention party) {
        return speaker.begin() + ":" + speaker.end() + "|" + party.begin() + ":" + party.end();
    }

    private static BlameCandidate fromSpeech(Speech sp, ExtractionContext ctx, Mention speaker, Mention party, EventMention event,
                                             Certainty certainty, String origin) {
        AnnotatedSentence s = sp.sentence;
        List<String> f = common(s, ctx, speaker, party, event, certainty, origin);
        f.add("cue=" + sp.cueLemma());
        if (event != null && event.sentence() == s.index() && event.span().begin() >= sp.attribution.content().begin()
                && event.span().end() <= sp.attribution.content().end()) f.add("event-in-content");
        if (sp.statement != null && sp.statement.direct()) f.add("direct");
        boolean negated = Clauses.negated(s, sp.attribution.cueHead());
        for (int i : sp.content) {
            if (Lexicons.NEGATIONS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) negated = true;
        }
        if (negated) f.add("negated");
        if (party.sentence() == s.index()) {
            boolean first = true;
            for (Mention m : ctx.args.mentionsIn(s, ExtractionContext.PARTIES)) {
                if (m.begin() >= sp.attribution.content().begin() && m.end() <= party.begin() && !m.overlaps(party)) first = false;
            }
            if (first) f.add("first-party");
            around(s, ctx, party, sp.content, f);
        }
        return new BlameCandidate(speaker, party, event, certainty, origin, List.copyOf(f), sp.statement);
    }

    /** What any candidate has: where it comes from, the types of the two sides, how firmly, whether the party claimed the act. */
    private static List<String> common(AnnotatedSentence s, ExtractionContext ctx, Mention speaker, Mention party, EventMention event,
                                       Certainty certainty, String origin) {
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add(origin);
        f.add("party=" + party.type());
        f.add("speaker=" + (speaker == null ? "none" : speaker.type()));
        f.add("certainty=" + certainty);
        if (event == null) f.add("no-event");
        if (party.sentence() != s.index()) f.add("party-elsewhere");
        if (ctx.claimants.stream().anyMatch(c -> Clauses.sameName(c, party))) f.add("party-claimed");
        return f;
    }

    /** The tie words after and before the party (within the tokens given) and the party's grammatical role. */
    private static void around(AnnotatedSentence s, ExtractionContext ctx, Mention party, Set<Integer> within, List<String> f) {
        boolean tie = false;
        for (int i = party.tokenEnd(); i < Math.min(s.tokens().size(), party.tokenEnd() + AFTER); i++) {
            if (!within.contains(i)) break;
            String l = Speech.lemmaOf(s, i);
            if (TIES.contains(l)) {
                f.add("after=" + l);
                f.add("after:" + tieClass(l));
                tie = true;
            }
        }
        if (tie) f.add("tie-after");
        for (int i = Math.max(0, party.tokenBegin() - BEFORE); i < party.tokenBegin(); i++) {
            String l = Speech.lemmaOf(s, i);
            if (within.contains(i) && TIES.contains(l)) {
                f.add("before=" + l);
                f.add("before:" + tieClass(l));
            }
        }
        role(s, party, f);
    }

    /** The party's relation to its governor, the governor's lemma, and the case word it takes ("by", "to", "of"). */
    private static void role(AnnotatedSentence s, Mention party, List<String> f) {
        if (!s.parsed()) return;
        SemanticGraph g = s.dependencies();
        for (int i = party.tokenBegin(); i < party.tokenEnd(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) continue;
            IndexedWord gov = g.getParent(w);
            int govToken = gov == null ? -1 : gov.index() - 1;
            if (gov != null && govToken >= party.tokenBegin() && govToken < party.tokenEnd()) continue;
            SemanticGraphEdge e = gov == null ? null : g.getEdge(gov, w);
            String rel = e == null ? "root" : e.getRelation().toString();
            String govLemma = gov == null ? "-" : Speech.lemmaOf(s, govToken);
            f.add("rel=" + rel);
            if (TIES.contains(govLemma) || Lexicons.EVENT.contains(govLemma)) f.add("gov=" + govLemma);
            String c = Clauses.caseOf(g, w);
            if (!c.isEmpty()) f.add("case=" + c);
            return;
        }
    }

    /** The class of a tie word, shared by words the data sees too rarely to learn one by one. */
    private static String tieClass(String lemma) {
        if (Lexicons.BLAME_WORDS.contains(lemma)) return "blame-word";
        if (Lexicons.PERPETRATE.contains(lemma)) return "perpetrate";
        if (Lexicons.CYBER_ACT.contains(lemma)) return "intrude";
        if (Lexicons.STRIKE_VERB.contains(lemma)) return "strike";
        return "accuse";
    }

    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new java.util.HashSet<>();
        for (Set<String> x : sets) out.addAll(x);
        return Set.copyOf(out);
    }
}
