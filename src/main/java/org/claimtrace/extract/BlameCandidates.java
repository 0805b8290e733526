package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.Fact.Certainty;

/**
 * The parties a statement's content names beside those its grammar ties to an act: each speaker
 * with each party mention of the content. The act reading finds the party of "Y was behind the
 * attack" when the parse is clean; these catch it when a long apposition or a parse error hides
 * the tie, and a model learned from annotated real news decides them ({@link BlameDecision}),
 * from features any article has: the cue, the words that tie a party to an act around the party
 * and their classes, the party's grammatical role and case word, the nearest tie word above the
 * party in the parse and the relation it hangs from, how many parties the content names, the types
 * of speaker and party, hedges, negation, whether the party claimed the act, and how salient the
 * party is in the article and where its name came from. No feature is a name.
 */
final class BlameCandidates {
    /** Words that tie a party to an act, read around each party: the blame words and the verbs of attacking and intruding. */
    private static final Set<String> TIES = union(Lexicons.BLAME_WORDS, Lexicons.PERPETRATE, Lexicons.STRIKE_VERB,
            Lexicons.CYBER_ACT, Set.of("accuse", "attribute", "link", "tie", "connect", "back"));
    private static final int AFTER = 15;
    private static final int BEFORE = 8;

    private BlameCandidates() {}

    /** The candidates of a statement: every (speaker, party named in the content) pair the act reading did not find. */
    static List<BlameCandidate> of(Speech sp, ExtractionContext ctx, List<Mention> speakers, List<Fact.Attribution> byAct) {
        EventMention event = sp.event(ctx);
        if (event == null) return List.of();
        Certainty certainty = BlameBuilder.certainty(sp.sentence, sp.attribution.cueHead());
        List<BlameCandidate> out = new ArrayList<>();
        List<Mention> named = ctx.args.mentionsIn(sp.sentence, ExtractionContext.PARTIES);
        Span content = sp.attribution.content();
        List<Mention> inContent = named.stream().filter(m -> m.begin() >= content.begin() && m.end() <= content.end()).toList();
        for (Mention m : inContent) {
            if (Lexicons.EVENT.contains(Speech.lemmaOf(sp.sentence, m.tokenEnd() - 1))) continue;
            if (Clauses.whereBased(sp.sentence, m)) continue;
            Mention party = ctx.args.widened(sp.sentence, m);
            // what the acronym's features say is said of the name it abbreviates
            Mention blamed = nameBeforeAcronym(sp.sentence, named, m).map(x -> ctx.args.widened(sp.sentence, x)).orElse(party);
            for (Mention speaker : speakers) {
                if (Clauses.sameName(speaker, blamed) || speaker.overlaps(blamed)) continue;
                if (byAct.stream().anyMatch(a -> a.attributor() == speaker && a.party().overlaps(blamed))) continue;
                out.add(new BlameCandidate(speaker, blamed, event, certainty, features(sp, ctx, inContent, speaker, party, event, certainty)));
            }
        }
        return out;
    }

    /**
     * "the X Liberation Army (XLA)": the name an acronym in brackets abbreviates. Both are one party,
     * blamed under its name whichever of the two the decision accepts.
     */
    private static Optional<Mention> nameBeforeAcronym(AnnotatedSentence s, List<Mention> named, Mention m) {
        int open = m.tokenBegin() - 1;
        if (open < 1 || !s.tokens().get(open).word().matches("\\(|-LRB-")) return Optional.empty();
        return named.stream().filter(x -> x.tokenEnd() == open).findFirst();
    }

    /** The features of a candidate; {@code inContent} are the party mentions of the content, in text order. */
    private static List<String> features(Speech sp, ExtractionContext ctx, List<Mention> inContent, Mention speaker, Mention party,
                                         EventMention event, Certainty certainty) {
        AnnotatedSentence s = sp.sentence;
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("party=" + party.type());
        f.add("speaker=" + speaker.type());
        f.add("certainty=" + certainty);
        f.add("cue=" + sp.cueLemma());
        if (ctx.claimants.stream().anyMatch(c -> Clauses.sameName(c, party))) f.add("party-claimed");
        if (event.sentence() == s.index() && event.span().begin() >= sp.attribution.content().begin()
                && event.span().end() <= sp.attribution.content().end()) f.add("event-in-content");
        if (sp.statement != null && sp.statement.direct()) f.add("direct");
        boolean negated = Clauses.negated(s, sp.attribution.cueHead());
        for (int i : sp.content) {
            if (Lexicons.NEGATIONS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) negated = true;
        }
        if (negated) f.add("negated");
        boolean first = true;
        for (Mention m : inContent) {
            if (m.end() <= party.begin() && !m.overlaps(party)) first = false;
        }
        if (first) f.add("first-party");
        ties(s, party, sp.content, f);
        role(s, party, f);
        governingTie(s, party, sp.attribution.cueHead(), f);
        f.add("parties=" + Math.min(inContent.size(), 3));
        salience(ctx, party, f);
        return List.copyOf(f);
    }

    /**
     * How the article treats the party: how often it names it, whether its headline or lede does,
     * and where the name came from (which gazetteer list, the NER, a described phrase). The party
     * a story blames is mostly the one it keeps naming, and a listed armed group or threat actor
     * is more often blamed than a phrase the parse made up.
     */
    private static void salience(ExtractionContext ctx, Mention party, List<String> f) {
        int times = 0;
        boolean early = false;
        for (Mention m : ctx.args.allMentions()) {
            if (m.sentence() < 0 || !m.text().equalsIgnoreCase(party.text())) continue;
            times++;
            if (m.sentence() <= 1) early = true;
        }
        f.add("party-named=" + Math.min(Math.max(times, 1), 3));
        if (early) f.add("party-in-lede");
        f.add("party-from=" + nameSource(party));
    }

    /** Where a mention's name came from: the gazetteer list ("armed-groups"), else the first step that found it ("ner", "argument-phrase"). */
    private static String nameSource(Mention m) {
        String source = m.source();
        return source.startsWith("gazetteer:") ? source.substring(source.indexOf(':') + 1).replace(".tsv", "") : source.split("[:+]")[0];
    }

    /** The tie words after the party and before it, within the content, each with its class. */
    private static void ties(AnnotatedSentence s, Mention party, Set<Integer> content, List<String> f) {
        boolean after = false;
        for (int i = party.tokenEnd(); i < Math.min(s.tokens().size(), party.tokenEnd() + AFTER) && content.contains(i); i++) {
            String l = Speech.lemmaOf(s, i);
            if (!TIES.contains(l)) continue;
            f.add("after=" + l);
            f.add("after:" + tieClass(l));
            after = true;
        }
        if (after) f.add("tie-after");
        for (int i = Math.max(0, party.tokenBegin() - BEFORE); i < party.tokenBegin(); i++) {
            String l = Speech.lemmaOf(s, i);
            if (!content.contains(i) || !TIES.contains(l)) continue;
            f.add("before=" + l);
            f.add("before:" + tieClass(l));
        }
    }

    /** The party's relation to its governor, the governor's lemma when it ties or names an event, and the case word it takes ("by", "to", "of"). */
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
            f.add("rel=" + (e == null ? "root" : e.getRelation().toString()));
            String govLemma = gov == null ? "-" : Speech.lemmaOf(s, govToken);
            if (TIES.contains(govLemma) || Lexicons.EVENT.contains(govLemma)) f.add("gov=" + govLemma);
            String c = Clauses.caseOf(g, w);
            if (!c.isEmpty()) f.add("case=" + c);
            return;
        }
    }

    /**
     * The nearest word above the party in the parse that ties a party to an act or names one, with
     * the relation the party's branch hangs from it by: "Y [nsubj] carried out", "the attack [by] Y"
     * and "the attack [on] Y" read alike in a window but not here. Stops at the cue.
     */
    private static void governingTie(AnnotatedSentence s, Mention party, int cue, List<String> f) {
        if (!s.parsed()) return;
        SemanticGraph g = s.dependencies();
        IndexedWord w = headOf(g, party);
        if (w == null) return;
        for (int step = 0; step < 4; step++) {
            IndexedWord gov = g.getParent(w);
            if (gov == null || gov.index() - 1 == cue) return;
            SemanticGraphEdge e = g.getEdge(gov, w);
            String rel = e.getRelation().toString();
            String c = Clauses.caseOf(g, w);
            String l = Speech.lemmaOf(s, gov.index() - 1);
            String cls = TIES.contains(l) ? tieClass(l) : Lexicons.EVENT.contains(l) ? "event" : null;
            if (cls != null) {
                f.add("tie-path=" + rel + (c.isEmpty() ? "" : "/" + c) + ">" + cls);
                f.add("tie-above=" + cls);
                return;
            }
            w = gov;
        }
    }

    /** The party's node whose governor lies outside the party. */
    private static IndexedWord headOf(SemanticGraph g, Mention party) {
        for (int i = party.tokenBegin(); i < party.tokenEnd(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) continue;
            IndexedWord gov = g.getParent(w);
            if (gov == null || gov.index() - 1 < party.tokenBegin() || gov.index() - 1 >= party.tokenEnd()) return w;
        }
        return null;
    }

    /** The class of a tie word, shared by words the data sees too rarely to learn one by one. */
    private static String tieClass(String lemma) {
        if (Lexicons.BLAME_WORDS.contains(lemma)) return "blame-word";
        if (Lexicons.PERPETRATE.contains(lemma)) return "perpetrate";
        if (Lexicons.CYBER_ACT.contains(lemma)) return "intrude";
        if (Lexicons.STRIKE_VERB.contains(lemma)) return "strike";
        return "accuse";
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> out = new HashSet<>();
        for (Set<String> x : sets) out.addAll(x);
        return Set.copyOf(out);
    }
}
