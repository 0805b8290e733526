package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.Fact.Certainty;

/**
 * Attributions of blame: who blamed whom for which event, and how firmly. The party is a named
 * mention, a body described by its owner or members ("X's intelligence service", "officers of
 * the X police"), or a described culprit; the attributor is who blames: the cue's subject, the
 * speaker of the quotation it stands in, the owner of "claims linking ...", or the subject of the
 * clause a participle hangs from.
 */
final class BlameBuilder implements FactBuilder {
    @Override
    public Rule.Kind kind() {
        return Rule.Kind.ATTRIBUTION;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("party"), Set.of("cue", "event", "agent", "inv"));
    }

    @Override
    public Optional<Fact.Attribution> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        int cue = m.head("cue") >= 0 && m.has("cue") ? m.head("cue") : m.head("party");
        if (m.has("cue") && (Clauses.negated(s, cue) || Clauses.habitual(s, cue))) return Optional.empty();
        // "linked the blast to other attacks": an event is no party, unless it is named as someone's ("hallmarks of an IS attack")
        int partyHead = m.head("party");
        if (Lexicons.EVENT.contains(Speech.lemmaOf(s, partyHead))) partyHead = Clauses.namedDoerOfEvent(s, partyHead);
        if (partyHead < 0) return Optional.empty();
        Optional<Mention> party = party(ctx, s, partyHead);
        if (party.isEmpty() || (party.get().type() == EntityType.PLACE && Clauses.modifiesEvent(s, partyHead))) return Optional.empty();
        List<ChainEdge> chain = clauseChain(s, cue, partyHead);
        // a rule that names who blames ("he said, blaming X") is read first: the parse may not link them
        Optional<Mention> named = m.has("agent") ? Speech.speakerAt(ctx, s, m.head("agent")) : Optional.empty();
        Mention attributor = named.or(() -> attributorOf(ctx, s, cue, chain)).filter(x -> !ctx.dateline.covers(x)).orElse(null);
        // a spokesman blames for his body ("Foreign Ministry spokesman X's comments blaming ...")
        if (attributor != null && attributor.sentence() == s.index()) {
            attributor = Speech.institutionOfSpokesman(ctx, s, attributor.tokenEnd() - 1).orElse(attributor);
        }
        attributor = ctx.speakingFor(attributor);
        // "The army suspected X": someone is named as blaming, but not by a name we can tell; that is
        // no anonymous attribution, so none is recorded rather than one by "(none)".
        if (attributor == null && unnamedSubject(chain)) return Optional.empty();
        if (attributor != null && Clauses.sameName(attributor, party.get())) return Optional.empty();
        Certainty certainty = certainty(s, cue);
        double conf = m.rule().confidence() * (certainty == Certainty.ASSERTED ? 1.0 : 0.8);
        return Optional.of(new Fact.Attribution(attributor, ctx.eventFor(m), party.get(), certainty, ctx.evidence(m, conf), null));
    }

    /**
     * The rule's reading, and the same blame by each party conjoined with its attributor ("Western
     * intelligence agencies and Microsoft accused X": each blames X).
     */
    @Override
    public List<Fact.Attribution> buildAll(RuleMatch m, ExtractionContext ctx) {
        Optional<Fact.Attribution> built = build(m, ctx);
        if (built.isEmpty()) return List.of();
        Fact.Attribution a = built.get();
        List<Fact.Attribution> out = new ArrayList<>(List.of(a));
        AnnotatedSentence s = m.sentence();
        if (a.attributor() == null || a.attributor().sentence() != s.index() || !s.parsed()) return out;
        for (int t : Clauses.conjoined(s.dependencies(), a.attributor())) {
            Optional<Mention> other = Speech.speakerAt(ctx, s, t);
            if (other.isEmpty() || other.get().overlaps(a.attributor()) || Clauses.sameName(other.get(), a.party())) continue;
            if (out.stream().anyMatch(x -> x.attributor().overlaps(other.get()))) continue;
            out.add(new Fact.Attribution(other.get(), a.event(), a.party(), a.certainty(), a.evidence(), a.statement()));
        }
        return out;
    }

    /**
     * Whether a party stands for the doer's phrase: it covers the doer, or it is a phrase made of it
     * (a described body or culprit); not a place or group deeper in the phrase ("fighters in the X
     * region" blame no region).
     */
    private static boolean names(Speech sp, Mention party, int doer) {
        if (party.sentence() != sp.sentence.index()) return true;
        if (party.tokenBegin() <= doer && doer < party.tokenEnd()) return true;
        if (party.source().equals("argument-phrase")) return true;
        if (!sp.sentence.parsed()) return false;
        SemanticGraph g = sp.sentence.dependencies();
        IndexedWord d = g.getNodeByIndexSafe(doer + 1);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(d)) {
            String r = e.getRelation().toString();
            int t = e.getDependent().index() - 1;
            if ((r.equals("compound") || r.equals("nmod:poss") || r.equals("appos") || r.equals("flat") || r.equals("amod"))
                    && party.tokenBegin() <= t && t < party.tokenEnd()) return true;
        }
        return false;
    }

    /** The party a token names: a body by its members or owner, a mention, a described culprit, or the phrase itself. */
    private static Optional<Mention> party(ExtractionContext ctx, AnnotatedSentence s, int token) {
        return ctx.parties.suspectedIdentity(s, token).or(() -> namedParty(ctx, s, token));
    }

    /** The party the token's own phrase names, unless the text says the doers are not tied to it ("hackers not linked to X"). */
    private static Optional<Mention> namedParty(ExtractionContext ctx, AnnotatedSentence s, int token) {
        if (ctx.parties.tieDenied(s, token)) return Optional.empty();
        int partyHead = ctx.parties.bodyOfMembers(s, token);
        Optional<Mention> party = ctx.parties.possessedInstitution(s, partyHead);
        if (party.isEmpty()) party = ctx.args.mention(s, partyHead, partyHead != token, ExtractionContext.PARTIES);
        // "Afghanistan-based planners": the place is where the party is, the phrase is the party
        if (party.isPresent() && Clauses.whereBased(s, party.get())) party = Optional.empty();
        if (party.isEmpty()) party = ctx.parties.describedCulprit(s, token);
        if (party.isEmpty()) party = ctx.args.mention(s, token, true, ExtractionContext.PARTIES).filter(p -> !Clauses.whereBased(s, p));
        if (party.isEmpty()) party = Speech.namedBody(ctx, s, token, false);
        return party.map(p -> ctx.args.widened(s, p));
    }

    /**
     * Blame in what a source says: its content ties an act to a party other than the source ("X
     * said Y was behind the attack", "the bombing was carried out by Y, officials said", "bore the
     * hallmarks of Y"); hedged when the cue or the content hedges ("believed", "likely"). The
     * grammar's reading stands; of the other parties the content names, the learned decision keeps
     * those it blames ({@link BlameCandidates}, {@link BlameDecision}).
     */
    @Override
    public List<Fact> fromSpeech(Speech sp, ExtractionContext ctx) {
        if (!sp.asserts()) return List.of();
        List<Mention> speakers = new ArrayList<>();
        for (Mention said : sp.speakers(ctx)) {
            Mention owner = sp.ownerOf(ctx, said);
            speakers.add(ctx.speakingFor(owner != null ? owner : said));
        }
        if (speakers.isEmpty()) return List.of();
        List<Fact> out = new ArrayList<>();
        List<Fact.Attribution> byActs = byActs(sp, ctx, speakers);
        for (Fact.Attribution a : byActs) {
            double conf = 0.75 * sp.attribution.confidence() * (a.certainty() == Certainty.ASSERTED ? 1.0 : 0.8);
            out.add(new Fact.Attribution(a.attributor(), a.event(), a.party(), a.certainty(), sp.evidence("attribution.from-statement", conf),
                    sp.statement));
        }
        for (BlameCandidate c : BlameCandidates.of(sp, ctx, speakers, byActs)) {
            double p = ctx.blame.score(c);
            if (p < 0) continue;
            double conf = p * sp.attribution.confidence() * (c.certainty() == Certainty.ASSERTED ? 1.0 : 0.8);
            out.add(new Fact.Attribution(c.speaker(), c.event(), c.party(), c.certainty(), sp.evidence("attribution.from-statement.named", conf),
                    sp.statement));
        }
        return out;
    }

    /** What the grammar of the content says: each act it ties to a party other than the speakers, for each speaker. */
    private static List<Fact.Attribution> byActs(Speech sp, ExtractionContext ctx, List<Mention> speakers) {
        List<Fact.Attribution> out = new ArrayList<>();
        for (Speech.Act act : sp.acts()) {
            if (act.negated() || Clauses.habitual(sp.sentence, act.act()) || speakers.stream().anyMatch(x -> sp.selfReference(ctx, act.doer(), x))) continue;
            // "security forces killed five militants", "it is targeting the candidate": an act a group claims as its own
            // blames no one when said of others, save a killing not done by forces
            String l = sp.lemma(act.act());
            if (Lexicons.OWN_ACT.contains(l) && (!Lexicons.BLAMED_OWN_ACT.contains(l) || inLineOfDuty(sp.sentence, act))) continue;
            // "it", "they" about someone else: only when the speakers are people, who cannot be "it"
            boolean pronoun = Lexicons.SELF_PRONOUNS.contains(sp.sentence.tokens().get(act.doer()).word().toLowerCase(Locale.ROOT));
            if (pronoun && speakers.stream().anyMatch(x -> x.type() != EntityType.PERSON && !x.text().endsWith("s"))) continue;
            // "gunmen linked to X": who the doers are said to be or to be tied to, else who the doer's phrase names
            Optional<Mention> party = ctx.parties.suspectedIdentity(sp.sentence, act.doer())
                    .or(() -> namedParty(ctx, sp.sentence, act.doer()).filter(p -> names(sp, p, ctx.parties.bodyOfMembers(sp.sentence, act.doer()))));
            EventMention event = sp.event(ctx);
            if (party.isEmpty() || event == null) continue;
            // "the Kabul attack" says where, not whose
            if (party.get().type() == EntityType.PLACE && Clauses.modifiesEvent(sp.sentence, act.doer())) continue;
            Certainty certainty = certainty(sp.sentence, sp.attribution.cueHead());
            if (certainty == Certainty.ASSERTED) certainty = certainty(sp.sentence, act.act());
            for (Mention speaker : speakers) {
                if (Clauses.sameName(speaker, party.get())) continue;
                out.add(new Fact.Attribution(speaker, event, party.get(), certainty, null, sp.statement));
            }
        }
        return out;
    }

    /**
     * Whether a killing is the work of security forces: forces do it ("troops killed ...") or foes
     * die ("... killed five militants"); "militants killed ten soldiers" is an attack.
     */
    private static boolean inLineOfDuty(AnnotatedSentence s, Speech.Act act) {
        if (Lexicons.SECURITY_FORCES.contains(Speech.lemmaOf(s, act.doer()))) return true;
        SemanticGraph g = s.dependencies();
        IndexedWord v = g.getNodeByIndexSafe(act.act() + 1);
        if (v == null) return true;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            String r = e.getRelation().toString();
            if ((r.equals("obj") || r.equals("nsubj:pass")) && Lexicons.FOES.contains(Speech.lemmaOf(s, e.getDependent().index() - 1))) return true;
        }
        return false;
    }

    /**
     * Who does the blaming: the cue's subject; for a cue inside quoted or reported speech, the
     * speaker; for "X's claims linking ...", X; for a participle, the subject of its clause.
     */
    private static Optional<Mention> attributorOf(ExtractionContext ctx, AnnotatedSentence s, int cue, List<ChainEdge> chain) {
        int at = s.tokens().get(cue).begin();
        for (Fact.Statement q : ctx.quotes) {
            if (q.content().begin() <= at && at < q.content().end() && q.source() != null) return Optional.of(q.source());
        }
        for (ChainEdge c : chain) {
            String rel = c.edge().getRelation().toString();
            IndexedWord d = c.edge().getDependent();
            if (rel.equals("nsubj") || rel.equals("obl:agent")) {
                // as a source is named: "the Turkish defence ministry blamed ...", "police suspect ..."
                Optional<Mention> sub = Speech.speakerAt(ctx, s, d.index() - 1);
                if (sub.isPresent() && !Clauses.isEventWord(d)) return sub;
            }
            // "claims linking the attack to X": the claims' owner is the attributor.
            if (rel.equals("nmod:poss") || (rel.equals("compound") && c.hops() > 0) || (rel.equals("nmod") && c.hops() > 0)) {
                Optional<Mention> owner = ctx.args.mentionAt(s, d.index() - 1, ExtractionContext.PARTIES);
                if (owner.isPresent()) return owner;
            }
        }
        return Optional.empty();
    }

    /** A dependent of the cue or of one of the three heads above it, with how many heads up it hangs. */
    private record ChainEdge(int hops, SemanticGraphEdge edge) {}

    /**
     * The dependents along the cue's clause chain that may name who blames, nearest first: not the
     * clause the walk came up from ("blamed X" parsed as a clausal subject), no verb, and not the
     * party ("X was behind the attack": X is the party, the one blaming is further up).
     */
    private static List<ChainEdge> clauseChain(AnnotatedSentence s, int cue, int party) {
        List<ChainEdge> out = new ArrayList<>();
        if (!s.parsed()) return out;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(cue + 1);
        IndexedWord from = null;
        for (int hops = 0; w != null && hops < 4; hops++) {
            boolean ownSubject = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                IndexedWord d = e.getDependent();
                ownSubject |= e.getRelation().toString().startsWith("nsubj");
                if (d.equals(from) || d.index() - 1 == party || (d.tag() != null && d.tag().startsWith("VB"))) continue;
                out.add(new ChainEdge(hops, e));
            }
            // "no group has claimed it, but suspicion has fallen on X": a conjoined clause with its own subject ends the chain
            IndexedWord up = g.getParent(w);
            if (up != null && ownSubject && g.getEdge(up, w).getRelation().toString().equals("conj")) break;
            from = w;
            w = up;
        }
        return out;
    }

    /** A subject on the cue's clause chain that is not the event itself: someone blames, though not by a name. */
    private static boolean unnamedSubject(List<ChainEdge> chain) {
        for (ChainEdge c : chain) {
            String rel = c.edge().getRelation().toString();
            IndexedWord d = c.edge().getDependent();
            // a bare plural ("Prosecutors said") is an unnamed many, as good as no one; "the army" is someone
            // nor is the blame itself ("suspicion has fallen on X")
            if ((rel.equals("nsubj") || rel.equals("obl:agent")) && !Clauses.isEventWord(d) && !"NNS".equals(d.tag())
                    && !(d.word().equalsIgnoreCase("it") || d.word().equalsIgnoreCase("this"))
                    && (d.lemma() == null || !Lexicons.SUSPICION_NOUNS.contains(d.lemma().toLowerCase(Locale.ROOT)))) return true;
        }
        return false;
    }

    /** Doubted when a doubt word stands just before the cue; hedged when the cue or a word before it hedges. */
    static Certainty certainty(AnnotatedSentence s, int cue) {
        String cueLemma = s.tokens().get(cue).lemma().toLowerCase(Locale.ROOT);
        for (int i = Math.max(0, cue - 6); i < Math.min(s.tokens().size(), cue + 2); i++) {
            if (Lexicons.DOUBTS.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))) return Certainty.DOUBTED;
        }
        if (Lexicons.HEDGES.contains(cueLemma)) return Certainty.HEDGED;
        for (int i = Math.max(0, cue - 4); i < cue; i++) {
            if (Lexicons.HEDGES.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))) return Certainty.HEDGED;
        }
        return Certainty.ASSERTED;
    }
}
