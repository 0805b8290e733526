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
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.Fact.ReportKind;

/**
 * Reports: who relayed a claim or statement. Outlets report, and are cited "according to";
 * people and organisations relay ("highlighted by a researcher", "shared by the group"). The
 * dateline's agency is the publisher, not a relay; a group's own channel is its claim's channel;
 * a platform something was shared on by someone is only where.
 */
final class ReportBuilder implements FactBuilder {
    /** The rule's relay wraps the others of its sentence ("as reported by X", "according to X"). */
    static final String OUTER = "outer";
    /** The suffix of the rule of a report by an outlet conjoined with the rule's reporter. */
    static final String CONJOINED = ".conjoined";

    @Override
    public Rule.Kind kind() {
        return Rule.Kind.REPORT;
    }

    @Override
    public RoleSpec roles() {
        return RoleSpec.of(Set.of("cue", "reporter"), Set.of("obj", "subject")).properties(OUTER);
    }

    @Override
    public Optional<Fact.Report> build(RuleMatch m, ExtractionContext ctx) {
        AnnotatedSentence s = m.sentence();
        if (Clauses.negated(s, m.head("cue"))) return Optional.empty();
        Optional<Mention> reporter = reporterMention(ctx, s, m);
        if (reporter.isEmpty() || ctx.dateline.names(reporter.get()) || ctx.dateline.covers(reporter.get())) return Optional.empty();
        if (m.rule().tokens() == null && (ownChannel(ctx, s, m.head("reporter"))
                || platformOfAnAgent(s, m.head("cue"), m.head("reporter"))
                || postedBySomeone(s, m.head("cue"), reporter.get()))) return Optional.empty();
        boolean outlet = reporter.get().type() == EntityType.MEDIA_OUTLET;
        String verb = s.tokens().get(m.head("cue")).lemma().toLowerCase(Locale.ROOT);
        // People and organisations relay ("highlighted", "relayed by a monitoring group"); only
        // outlets "report" or are cited "according to".
        boolean actorRelay = (reporter.get().type() == EntityType.PERSON || reporter.get().type() == EntityType.ORGANIZATION)
                && Lexicons.ACTOR_RELAY.contains(verb)
                // a person or group relays "by" or as subject; "circulated in Beni" names a place, whatever NER says
                && !(m.rule().tokens() == null && s.parsed() && Clauses.caseOf(s.dependencies(),
                        s.dependencies().getNodeByIndexSafe(m.head("reporter") + 1)).matches("on|in|across|through|via"));
        if (!outlet && !actorRelay) return Optional.empty();
        Mention subject = m.has("subject") ? ctx.args.mention(s, m.head("subject"), false, ExtractionContext.ACTORS).orElse(null) : null;
        if (subject == null) subject = ctx.firstOther(s, reporter.get(), EnumSet.of(EntityType.ORGANIZATION));
        return Optional.of(new Fact.Report(reporter.get(), ReportKind.STATEMENT, null, subject,
                ctx.evidence(m, m.rule().confidence()), null));
    }

    /**
     * The rule's report and one by each outlet conjoined with its reporter ("cited by X and Y"),
     * and for "X reported, citing Y" with Y an outlet or monitoring service, Y's report too: Y
     * relayed what X carries (a chain, Y nearer the source).
     */
    @Override
    public List<Fact.Report> buildAll(RuleMatch m, ExtractionContext ctx) {
        Optional<Fact.Report> built = build(m, ctx);
        if (built.isEmpty()) return List.of();
        Fact.Report r = built.get();
        List<Fact.Report> out = new ArrayList<>();
        Mention cited = r.subject();
        if (m.has("subject") && cited != null && cited.type() == EntityType.MEDIA_OUTLET && !Clauses.sameName(cited, r.reporter())
                && Lexicons.CITING.contains(Speech.lemmaOf(m.sentence(), m.head("cue")))) {
            Evidence e = r.evidence();
            out.add(new Fact.Report(cited, ReportKind.STATEMENT, null, ctx.firstOther(m.sentence(), cited,
                    EnumSet.of(EntityType.ORGANIZATION)), new Evidence(e.sentence(), e.span(), e.cue(), e.rule() + ".cited", e.confidence()), null));
        }
        out.add(r);
        out.addAll(conjoinedOutlets(ctx, m.sentence(), r));
        return out;
    }

    /** "cited by Sky News and the X News Agency": the same report by each outlet conjoined with the reporter. */
    private static List<Fact.Report> conjoinedOutlets(ExtractionContext ctx, AnnotatedSentence s, Fact.Report r) {
        List<Fact.Report> out = new ArrayList<>();
        if (!s.parsed() || r.reporter().sentence() != s.index()) return out;
        for (int t : Clauses.conjoined(s.dependencies(), r.reporter())) {
            Optional<Mention> other = ctx.args.mention(s, t, false, Set.of(EntityType.MEDIA_OUTLET));
            if (other.isEmpty() || other.get().overlaps(r.reporter()) || ctx.dateline.names(other.get())) continue;
            if (out.stream().anyMatch(x -> x.reporter().overlaps(other.get()))) continue;
            Evidence e = r.evidence();
            out.add(new Fact.Report(other.get(), r.kind(), r.reported(), r.subject(),
                    new Evidence(e.sentence(), e.span(), e.cue(), e.rule() + CONJOINED, e.confidence()), r.statement()));
        }
        return out;
    }

    private static Optional<Mention> reporterMention(ExtractionContext ctx, AnnotatedSentence s, RuleMatch m) {
        int[] r = m.roles().get("reporter");
        if (m.rule().tokens() != null) {
            for (int i = r[1] - 1; i >= r[0]; i--) {
                Optional<Mention> at = ctx.args.mentionAt(s, i, ExtractionContext.ACTORS);
                if (at.isPresent()) return at;
            }
            return Optional.empty();
        }
        // "the news agency X": the name in apposition, not a word that modifies the outlet noun.
        Optional<Mention> named = ctx.outlets.outletNamed(s, m.head("reporter"));
        if (named.isPresent() && ctx.outlets.isOutletNoun(s, m.head("reporter"))) return named;
        Optional<Mention> found = ctx.args.mention(s, m.head("reporter"), false, ExtractionContext.ACTORS);
        // "state radio X", "Radio X": an outlet by its name's shape, where the annotator saw none
        if (named.isPresent() && (found.isEmpty() || found.get().type() != EntityType.MEDIA_OUTLET)) return named;
        // "local media", "state television": an outlet described, not named
        if (found.isEmpty()) found = ctx.parties.describedOutlet(s, m.head("reporter"));
        return found;
    }

    /**
     * "the group posted it on Telegram", "he said on X", "a statement posted on X": a platform
     * someone posts on is their channel, not a third party relaying them; only a message that
     * circulated or was shared there, by no one named, makes the platform its relay.
     */
    private static boolean postedBySomeone(AnnotatedSentence s, int cue, Mention reporter) {
        if (!s.parsed() || !Lexicons.PLATFORMS.contains(reporter.text().toLowerCase(Locale.ROOT))) return false;
        IndexedWord v = s.dependencies().getNodeByIndexSafe(cue + 1);
        if (v == null) return false;
        // only what circulates on a platform, with no one named as posting it, is relayed by it;
        // "a statement posted on a Twitter account" went out on its author's channel
        if (!Lexicons.CIRCULATE.contains(v.lemma() == null ? "" : v.lemma().toLowerCase(Locale.ROOT))) return true;
        for (SemanticGraphEdge e : s.dependencies().outgoingEdgeIterable(v)) {
            // someone posting, not the video or message that "circulated on" it
            IndexedWord d = e.getDependent();
            if (!e.getRelation().toString().equals("nsubj")) continue;
            // "a recording that circulated on X": the relative pronoun stands for the recording
            if (d.tag() != null && d.tag().startsWith("W") && "acl:relcl".equals(relation(s.dependencies(), v))) {
                d = s.dependencies().getParent(v);
            }
            if (d != null && !Lexicons.RELAYED.contains(d.lemma() == null ? "" : d.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static String relation(SemanticGraph g, IndexedWord w) {
        var in = g.incomingEdgeIterator(w);
        return in.hasNext() ? in.next().getRelation().toString() : "root";
    }

    /**
     * "shared on X by a researcher": the one named with "by" relays; the platform it was shared on
     * is only where.
     */
    private static boolean platformOfAnAgent(AnnotatedSentence s, int cue, int reporter) {
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        IndexedWord v = g.getNodeByIndexSafe(cue + 1);
        IndexedWord r = g.getNodeByIndexSafe(reporter + 1);
        if (v == null || r == null || !Clauses.caseOf(g, r).matches("on|in|across|via|through")) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            if (e.getRelation().toString().startsWith("obl") && !e.getDependent().equals(r) && Clauses.caseOf(g, e.getDependent()).equals("by")) return true;
        }
        return false;
    }

    /** "Houthi-run", or the tokenizer's "Brigade - run": a name, a dash and a word of {@code RUN_BY}. */
    private static boolean groupRun(AnnotatedSentence s, int i) {
        List<Token> t = s.tokens();
        String w = t.get(i).word();
        int dash = w.lastIndexOf('-');
        if (dash > 1 && Character.isUpperCase(w.charAt(0)) && w.substring(0, dash).chars().allMatch(Character::isLetter)
                && Lexicons.RUN_BY.contains(w.substring(dash + 1).toLowerCase(Locale.ROOT))) return true;
        return i >= 2 && Lexicons.RUN_BY.contains(w.toLowerCase(Locale.ROOT)) && t.get(i - 1).word().equals("-")
                && Character.isUpperCase(t.get(i - 2).word().charAt(0));
    }

    /**
     * "posted on its Telegram channel", "on the website of the Front": a platform or outlet that is
     * the group's own is the channel its message went out on, not a third party relaying it.
     */
    private static boolean ownChannel(ExtractionContext ctx, AnnotatedSentence s, int head) {
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        if (w == null) return false;
        List<IndexedWord> heads = new ArrayList<>(List.of(w));
        // "Sahil TV, the group's own station": the apposition says whose it is.
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("appos")) heads.add(e.getDependent());
        }
        // "the Houthi-run al-Masirah TV": an outlet a group runs ("state-run" media are the state's, and report)
        List<Token> t = s.tokens();
        for (int i = head - 1; i >= Math.max(0, head - 6) && t.get(i).pos().matches("NNP?S?|JJ|HYPH|VBN|:"); i--) {
            if (groupRun(s, i)) return true;
        }
        for (IndexedWord h : heads) for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (rel.equals("nmod:poss") && d.tag() != null && d.tag().equals("PRP$")) return true;
            if (rel.equals("nmod:poss") || rel.equals("nmod")) {
                boolean of = rel.equals("nmod:poss");
                for (SemanticGraphEdge c : g.outgoingEdgeIterable(d)) {
                    if (c.getRelation().toString().equals("case") && c.getDependent().word().matches("(?i)of|'s|'")) of = true;
                }
                if (of && ctx.args.mention(s, d.index() - 1, false, EnumSet.of(EntityType.ORGANIZATION)).isPresent()) return true;
            }
        }
        return false;
    }

    /**
     * Relays in what the layer found: an outlet as the source ("Reuters reported that ...",
     * "according to state media"), relaying the statement its content holds when there is one; an
     * outlet a source spoke to ("X told Reuters", "in an interview with AP"), relaying that source.
     */
    @Override
    public List<Fact> fromSpeech(Speech sp, ExtractionContext ctx) {
        if (Clauses.negated(sp.sentence, sp.attribution.cueHead())) return List.of();
        List<Fact> out = new ArrayList<>();
        List<Mention> speakers = sp.speakers(ctx);
        // an outlet relays when it reports, says, carries or is cited; describing itself is no relay
        boolean relays = Lexicons.SAY.contains(sp.cueLemma()) || Lexicons.RELAY_VERBS.contains(sp.cueLemma())
                || sp.attribution.rule().contains("according-to");
        for (Mention outlet : relays ? speakers : List.<Mention>of()) {
            // a group's own outlet is its channel, not a third party relaying it; a platform that speaks is a company
            if (outlet.type() != EntityType.MEDIA_OUTLET || sp.ownerOf(ctx, outlet) != null
                    || Lexicons.PLATFORMS.contains(outlet.text().toLowerCase(Locale.ROOT))) continue;
            Speech inner = ctx.innerSpeech(sp);
            Mention subject = inner == null ? null : inner.speakers(ctx).stream().findFirst().orElse(null);
            out.add(new Fact.Report(outlet, ReportKind.STATEMENT, inner == null ? null : inner.statement, subject,
                    sp.evidence("report.outlet-statement", 0.85 * sp.attribution.confidence()), sp.statement));
        }
        Mention spokenTo = outletSpokenTo(ctx, sp);
        if (spokenTo != null && speakers.stream().noneMatch(x -> Clauses.sameName(x, spokenTo))) {
            out.add(new Fact.Report(spokenTo, ReportKind.STATEMENT, sp.statement, speakers.isEmpty() ? null : speakers.getFirst(),
                    sp.evidence("report.told-outlet", 0.8 * sp.attribution.confidence()), sp.statement));
        }
        return out;
    }

    /** The outlet named in a phrase that holds a piece it carries ("an interview with AP", "a Wall Street Journal op-ed"), or null. */
    private static Mention outletCarryingPiece(ExtractionContext ctx, AnnotatedSentence s, IndexedWord phrase) {
        List<Integer> tokens = List.copyOf(ctx.args.phraseTokens(s, phrase.index() - 1));  // in token order (a TreeSet)
        // the parser may leave the piece word out of the phrase ("a Wall Street Journal op-ed" headed by "Journal")
        int after = tokens.getLast() + 1;
        boolean piece = tokens.stream().anyMatch(i -> Lexicons.PIECES.contains(Speech.lemmaOf(s, i)))
                || after < s.tokens().size() && Lexicons.PIECES.contains(Speech.lemmaOf(s, after));
        if (!piece) return null;
        for (int i : tokens) {
            Optional<Mention> m = ctx.args.mentionAt(s, i, Set.of(EntityType.MEDIA_OUTLET));
            if (m.isEmpty() && Character.isUpperCase(s.tokens().get(i).word().charAt(0))) m = ctx.outlets.outletNamed(s, i);
            if (m.isPresent()) return m.get();
        }
        return null;
    }

    /** "told Reuters", "said in an interview with AP", "speaking to the BBC": the outlet spoken to. */
    private static Mention outletSpokenTo(ExtractionContext ctx, Speech sp) {
        if (!sp.sentence.parsed() || !Lexicons.INTERVIEW_VERBS.contains(sp.cueLemma())) return null;
        SemanticGraph g = sp.sentence.dependencies();
        IndexedWord cue = g.getNodeByIndexSafe(sp.attribution.cueHead() + 1);
        if (cue == null) return null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String c = Clauses.caseOf(g, d);
            boolean addressee = r.equals("obj") || r.equals("iobj") || (r.startsWith("obl") && (c.equals("to") || c.equals("with")));
            // "in an interview with AP", "in a Wall Street Journal op-ed", "in a column for the Times"
            if (r.startsWith("obl") && c.matches("in|with|on|for")) {
                Mention carrier = outletCarryingPiece(ctx, sp.sentence, d);
                if (carrier != null) return carrier;
            }
            if (!addressee) continue;
            Optional<Mention> m = ctx.args.mentionAt(sp.sentence, d.index() - 1, Set.of(EntityType.MEDIA_OUTLET));
            if (m.isPresent()) return m.get();
            // "told BBC Urdu's Riyaz Masroor": the outlet of the journalist spoken to
            for (SemanticGraphEdge p : g.outgoingEdgeIterable(d)) {
                if (!p.getRelation().toString().equals("nmod:poss")) continue;
                Optional<Mention> o = ctx.args.mentionAt(sp.sentence, p.getDependent().index() - 1, Set.of(EntityType.MEDIA_OUTLET));
                if (o.isPresent()) return o.get();
            }
        }
        return null;
    }
}
