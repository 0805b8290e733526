package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.attribution.Attribution;

/**
 * An attribution of the general layer as the typed-fact builders read it: who speaks (the
 * source's mention, a spokesman standing for his body, each of two conjoined sources), and the
 * acts its content ties to a doer ("it carried out the attack", "X was behind the bombing", "the
 * attack was carried out by X", "X's involvement"). A claim is a source naming itself as the doer,
 * blame a source naming another, a denial a source saying it did not.
 */
final class Speech {
    final Attribution attribution;
    final AnnotatedSentence sentence;
    /** The content's tokens that lie in the cue's sentence. */
    final Set<Integer> content;
    final Fact.Statement statement;

    /**
     * One act the content states: its doer's token, the act's token (a verb, or the word that
     * carries the blame: "responsible", "behind", "hallmarks"), whether the content negates it.
     */
    record Act(int doer, int act, boolean negated) {}

    Speech(Attribution a, AnnotatedSentence s, Fact.Statement statement) {
        this.attribution = a;
        this.sentence = s;
        this.statement = statement;
        Set<Integer> c = new TreeSet<>();
        for (Token t : s.tokens()) if (t.begin() >= a.content().begin() && t.end() <= a.content().end()) c.add(t.index());
        this.content = c;
    }

    /** Whether the source asserts the content: its cue is not negated and the content is no question. */
    boolean asserts() {
        return !Clauses.negated(sentence, attribution.cueHead()) && !asks();
    }

    /**
     * What the source was asked, not what it says: content opened by "whether" or "if" ("did not
     * respond to queries on whether they were responsible", "asked if the group was behind it").
     */
    private boolean asks() {
        // "whether" first or after a preposition ("queries on whether ..."); "if" first only ("that if ..." is a condition)
        List<String> opening = content.stream().limit(2).map(i -> sentence.tokens().get(i).word().toLowerCase(Locale.ROOT)).toList();
        return opening.contains("whether") || (!opening.isEmpty() && opening.getFirst().equals("if"));
    }

    String cueLemma() {
        return lemma(attribution.cueHead());
    }

    String lemma(int token) {
        return lemmaOf(sentence, token);
    }

    static String lemmaOf(AnnotatedSentence s, int token) {
        Token t = s.tokens().get(token);
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The bodies that speak: the source, or each of conjoined sources ("the US and Britain said"); a spokesman stands for his body. */
    List<Mention> speakers(ExtractionContext ctx) {
        // "Officials said there were Chinese characters on the site, indicating that ...": a
        // participle with no subject of its own inside what someone said is that speaker's
        Token cue = sentence.tokens().get(attribution.cueHead());
        if (attribution.rule().contains("governor-subject") && cue.pos().equals("VBG")) {
            IndexedWord w = sentence.parsed() ? sentence.dependencies().getNodeByIndexSafe(attribution.cueHead() + 1) : null;
            IndexedWord governor = w == null ? null : sentence.dependencies().getParent(w);
            for (Speech outer : ctx.speeches) {
                if (outer == this) continue;
                Span c = outer.attribution.content();
                boolean inside = c.begin() <= attribution.cue().begin() && attribution.cue().end() <= c.end();
                // "Officials said ..., indicating ...": a participle hanging from another cue speaks with it
                boolean onCue = governor != null && outer.sentence == sentence && outer.attribution.cueHead() == governor.index() - 1;
                if (inside || onCue) return outer.speakers(ctx);
            }
        }
        List<Mention> out = new ArrayList<>();
        int head = attribution.sourceHead();
        if (head < 0 || !sentence.parsed()) return out;
        List<Integer> heads = new ArrayList<>(List.of(head));
        IndexedWord w = sentence.dependencies().getNodeByIndexSafe(head + 1);
        if (w != null) {
            for (SemanticGraphEdge e : sentence.dependencies().outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().equals("conj")) heads.add(e.getDependent().index() - 1);
            }
        }
        for (int h : heads) speakerAt(ctx, sentence, h).ifPresent(out::add);
        return out;
    }

    /**
     * Who a source's head token names: the body a spokesman speaks for, the person a title names,
     * an outlet, a described outlet or institution, a mention, a body named elsewhere by the same
     * head word, a described source ("a senior security official") or body ("the Turkish defence
     * ministry", "police"); never a dateline's place.
     */
    static Optional<Mention> speakerAt(ExtractionContext ctx, AnnotatedSentence sentence, int h) {
        Optional<Mention> m = bodyOfSpokesman(ctx, sentence, h);
        // "the Secretary of the Council Oleksandr Turchynov": a title is the person it names
        if (m.isEmpty() && Lexicons.PERSON_NOUNS.contains(lemmaOf(sentence, h))) m = namedPerson(ctx, sentence, h);
        // "the AFP news agency", "the newspaper Al-Ahram": the outlet by its name
        if (m.isEmpty() && ctx.outlets.isOutletNoun(sentence, h)) m = ctx.outlets.outletNamed(sentence, h);
        if (m.isEmpty()) m = ctx.parties.describedOutlet(sentence, h);
        if (m.isEmpty()) m = ctx.parties.possessedInstitution(sentence, h);
        if (m.isEmpty()) m = ctx.args.mention(sentence, h, true, ExtractionContext.PARTIES);
        if (m.isEmpty()) m = namedBody(ctx, sentence, h, true);
        if (m.isEmpty()) m = issuerOfDocument(ctx, sentence, h);
        if (m.isEmpty()) m = ctx.parties.describedSource(sentence, h);
        if (m.isEmpty()) m = ctx.parties.describedInstitution(sentence, h);
        return m.filter(x -> !ctx.dateline.covers(x)).map(x -> ctx.args.widened(sentence, x));
    }

    private static final int DOCUMENT_LOOKBACK_SENTENCES = 3;

    /**
     * "The ministry said in a statement that ... The statement added ...", "In a tweet, the
     * ministry blamed X. '...', the tweet said": a document said to speak, named as one already
     * known ("the statement", "the tweet"), is its issuer: in the nearest sentence before it (a few
     * back at most) that names the same kind of document, who speaks there, else that sentence's
     * subject.
     */
    static Optional<Mention> issuerOfDocument(ExtractionContext ctx, AnnotatedSentence s, int h) {
        String lemma = lemmaOf(s, h);
        if (!Lexicons.ISSUED_DOCUMENTS.contains(lemma) || !s.tokens().get(h).pos().equals("NN") || !Arguments.isDefinite(s, h)) return Optional.empty();
        List<AnnotatedSentence> sentences = ctx.args.article().sentences();
        for (int si = s.index() - 1; si >= Math.max(0, s.index() - DOCUMENT_LOOKBACK_SENTENCES); si--) {
            AnnotatedSentence before = sentences.get(si);
            boolean names = java.util.stream.IntStream.range(0, before.tokens().size()).anyMatch(k -> lemmaOf(before, k).equals(lemma));
            if (!names || !before.parsed()) continue;
            for (Speech sp : ctx.speeches) {
                if (sp.sentence.index() != si) continue;
                for (Mention m : sp.speakers(ctx)) if (m.type() != EntityType.PLACE) return Optional.of(m);
            }
            IndexedWord root = before.dependencies().getFirstRoot();
            for (SemanticGraphEdge e : before.dependencies().outgoingEdgeIterable(root)) {
                if (!e.getRelation().toString().equals("nsubj")) continue;
                Optional<Mention> subject = speakerAt(ctx, before, e.getDependent().index() - 1);
                if (subject.isPresent() && subject.get().type() != EntityType.PLACE) return subject;
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * "the defense ministry", "the company": a definite description of a body the article names
     * elsewhere by a name holding the same head word ("Ministry of Defense"), the nearest before
     * it, else (with {@code orAfter}: for a speaker, who is often named later) the first after it.
     */
    static Optional<Mention> namedBody(ExtractionContext ctx, AnnotatedSentence s, int head, boolean orAfter) {
        Token t = s.tokens().get(head);
        if (!t.pos().equals("NN") || head == 0) return Optional.empty();
        String det = s.tokens().get(Math.max(0, head - 3)).word().toLowerCase(Locale.ROOT)
                + " " + s.tokens().get(Math.max(0, head - 2)).word().toLowerCase(Locale.ROOT)
                + " " + s.tokens().get(head - 1).word().toLowerCase(Locale.ROOT);
        if (!det.matches(".*\\b(the|this|that)\\b.*")) return Optional.empty();
        String word = t.word().toLowerCase(Locale.ROOT);
        // "the country": the nearest place named before
        boolean country = Lexicons.COUNTRY_NOUNS.contains(word);
        Mention before = null;
        Mention after = null;
        for (Mention m : ctx.args.allMentions()) {
            if (country && m.type() == EntityType.PLACE && m.sentence() >= 0 && m.end() <= t.begin()) {
                before = m;
                continue;
            }
            if (country || m.type() != EntityType.ORGANIZATION || m.sentence() < 0) continue;
            boolean holds = false;
            for (String w : m.text().toLowerCase(Locale.ROOT).split("[\\s-]+")) holds |= w.equals(word);
            if (!holds) continue;
            if (m.begin() < t.begin()) before = m;
            else if (after == null && m.begin() > t.end()) after = m;
        }
        return Optional.ofNullable(before != null ? before : country || !orAfter ? null : after);
    }

    /** The person a title names in apposition or as a name after it ("Minister X", "the Secretary ... X"). */
    private static Optional<Mention> namedPerson(ExtractionContext ctx, AnnotatedSentence sentence, int head) {
        SemanticGraph g = sentence.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        if (w == null) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if (!(r.equals("appos") || r.startsWith("flat") || r.equals("compound") || r.equals("dep"))) continue;
            Optional<Mention> p = ctx.args.mentionAt(sentence, e.getDependent().index() - 1, Set.of(EntityType.PERSON));
            if (p.isPresent()) return p;
        }
        return Optional.empty();
    }

    /**
     * "a spokesman for the group", "the group's spokesman", "Taliban spokesman X": the body he
     * speaks for, an organisation named beside the role word.
     */
    static Optional<Mention> bodyOfSpokesman(ExtractionContext ctx, AnnotatedSentence sentence, int head) {
        if (!sentence.parsed()) return Optional.empty();
        SemanticGraph g = sentence.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        if (w == null) return Optional.empty();
        for (IndexedWord role : roleWords(sentence, w, Lexicons.SPOKESPEOPLE)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(role)) {
                String r = e.getRelation().toString();
                if (r.equals("nmod:poss") || r.equals("compound") || r.equals("nmod") || r.equals("amod")) {
                    Optional<Mention> body = ctx.args.mention(sentence, e.getDependent().index() - 1, false, Set.of(EntityType.ORGANIZATION));
                    if (body.isPresent()) return body;
                }
            }
            // "Taliban spokesman Zabihullah Mujahid": the body as a compound of the name
            for (int i = Math.max(0, role.index() - 4); i < role.index() - 1; i++) {
                Optional<Mention> body = ctx.args.mentionAt(sentence, i, Set.of(EntityType.ORGANIZATION));
                if (body.isPresent()) return body;
            }
        }
        return speaksFor(ctx, sentence, w);
    }

    /**
     * The role words of a source's head: the head itself, or a role in apposition or compound with
     * it ("Zabihullah Mujahid, the Taliban's spokesman", "Taliban spokesman Zabihullah Mujahid").
     */
    private static List<IndexedWord> roleWords(AnnotatedSentence sentence, IndexedWord w, Set<String> roles) {
        List<IndexedWord> out = new ArrayList<>();
        if (roles.contains(lemmaOf(sentence, w.index() - 1))) out.add(w);
        for (SemanticGraphEdge e : sentence.dependencies().outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if ((r.equals("appos") || r.equals("compound")) && roles.contains(lemmaOf(sentence, e.getDependent().index() - 1))) out.add(e.getDependent());
        }
        return out;
    }

    /**
     * The body a spokesman blames for: the body of {@link #bodyOfSpokesman}, else an institution the
     * spokesman's title names without a name ("army spokesman Colonel X"), as the phrase; a chief or
     * commander blames for himself.
     * Only blame reads it: the annotation credits an institution's blame to it, while a claim needs a named group.
     */
    static Optional<Mention> institutionOfSpokesman(ExtractionContext ctx, AnnotatedSentence sentence, int head) {
        Optional<Mention> named = bodyOfSpokesman(ctx, sentence, head);
        if (named.isPresent() || !sentence.parsed()) return named;
        SemanticGraph g = sentence.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        if (w == null) return Optional.empty();
        for (IndexedWord role : roleWords(sentence, w, Lexicons.PRESS_ROLES)) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(role)) {
                String r = e.getRelation().toString();
                // "army spokesman X", "the army's spokesman", "a spokesperson for the Arab coalition"
                boolean forOf = r.equals("nmod") && Clauses.caseOf(g, e.getDependent()).matches("for|of");
                if (!(r.equals("compound") || r.equals("nmod:poss") || forOf)) continue;
                int d = e.getDependent().index() - 1;
                if (!Lexicons.INSTITUTIONS.contains(lemmaOf(sentence, d))) continue;
                // "Eastern Mindanao Command spokesperson": a body's name the tagger did not type, as the phrase
                if (sentence.tokens().get(d).pos().startsWith("NNP")) return Optional.of(properNameEndingAt(ctx, sentence, d));
                return ctx.parties.describedInstitution(sentence, d);
            }
        }
        return Optional.empty();
    }

    private static Mention properNameEndingAt(ExtractionContext ctx, AnnotatedSentence sentence, int last) {
        int from = last;
        while (from > 0 && sentence.tokens().get(from - 1).pos().startsWith("NNP")) from--;
        return ctx.args.argumentPhrase(sentence, EntityType.ORGANIZATION, from, last + 1);
    }

    /**
     * "X, a man claiming to speak for the group", "a caller who said he was a member of the group",
     * "a man who alleged himself as a member of the group": the body he says he speaks for or belongs to.
     */
    private static Optional<Mention> speaksFor(ExtractionContext ctx, AnnotatedSentence sentence, IndexedWord w) {
        SemanticGraph g = sentence.dependencies();
        List<IndexedWord> around = new ArrayList<>(List.of(w));
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) if (e.getRelation().toString().equals("appos")) around.add(e.getDependent());
        for (IndexedWord x : around) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(x)) {
                if (!e.getRelation().toString().startsWith("acl")) continue;
                List<IndexedWord> verbs = new ArrayList<>(List.of(e.getDependent()));
                for (SemanticGraphEdge c : g.outgoingEdgeIterable(e.getDependent())) if (c.getRelation().toString().equals("xcomp")) verbs.add(c.getDependent());
                for (IndexedWord v : verbs) {
                    boolean speak = v.lemma() != null && v.lemma().equalsIgnoreCase("speak");
                    for (SemanticGraphEdge o : g.outgoingEdgeIterable(v)) {
                        String r = o.getRelation().toString();
                        IndexedWord d = o.getDependent();
                        List<IndexedWord> named = new ArrayList<>();
                        if (speak && r.startsWith("obl") && Clauses.caseOf(g, d).equals("for")) named.add(d);
                        // "... he was a member of X", "alleged himself as a member of X"
                        if ((r.startsWith("obl") || r.equals("ccomp") || r.equals("xcomp")) && Lexicons.MEMBERS.contains(lemmaOf(sentence, d.index() - 1))) {
                            for (SemanticGraphEdge n : g.outgoingEdgeIterable(d)) {
                                if (n.getRelation().toString().equals("nmod") && Clauses.caseOf(g, n.getDependent()).equals("of")) named.add(n.getDependent());
                            }
                        }
                        for (IndexedWord n : named) {
                            Optional<Mention> body = ctx.args.mention(sentence, n.index() - 1, false, Set.of(EntityType.ORGANIZATION));
                            if (body.isPresent()) return body;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The acts the content ties to a doer. */
    List<Act> acts() {
        List<Act> out = new ArrayList<>();
        if (!sentence.parsed()) return out;
        SemanticGraph g = sentence.dependencies();
        for (int i : content) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) continue;
            String l = lemma(i);
            String tag = sentence.tokens().get(i).pos();
            boolean verb = tag.startsWith("VB");
            boolean perpetrate = verb && Lexicons.PERPETRATE.contains(l) && (hasEventObject(g, w) || contentNamesAnEvent());
            boolean strike = verb && (Lexicons.STRIKE_VERB.contains(l) || Lexicons.CYBER_ACT.contains(l) || Lexicons.OWN_ACT.contains(l));
            boolean blameWord = Lexicons.BLAME_WORDS.contains(l) || (Lexicons.EVENT.contains(l) && "behind".equals(Clauses.caseOf(g, w)));
            if (!(perpetrate || strike || blameWord)) continue;
            int doer = doerOf(g, w, verb);
            // "it bears the hallmarks of a Shebab operation": the event's owner is the doer
            if (doer >= 0 && Clauses.isEventWord(g.getNodeByIndexSafe(doer + 1))) doer = Clauses.namedDoerOfEvent(sentence, doer);
            if (doer < 0 || !nameLike(doer)) continue;
            out.add(new Act(doer, i, Clauses.negated(sentence, i)));
        }
        // "carried out ... on orders from X", "at the behest of X": who is behind the doer
        for (Act a : List.copyOf(out)) {
            IndexedWord v = g.getNodeByIndexSafe(a.act() + 1);
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
                if (!e.getRelation().toString().startsWith("obl") && !e.getRelation().toString().equals("nmod")) continue;
                IndexedWord n = e.getDependent();
                if (n.lemma() == null || !Lexicons.INSTIGATION.contains(n.lemma().toLowerCase(Locale.ROOT))) continue;
                for (SemanticGraphEdge x : g.outgoingEdgeIterable(n)) {
                    String c = Clauses.caseOf(g, x.getDependent());
                    if (x.getRelation().toString().equals("nmod") && (c.equals("from") || c.equals("of")) && nameLike(x.getDependent().index() - 1)) {
                        out.add(new Act(x.getDependent().index() - 1, a.act(), a.negated()));
                    }
                }
            }
        }
        // "an attack by X": the event noun's agent
        for (int i : content) {
            if (!Lexicons.EVENT.contains(lemma(i)) || !sentence.tokens().get(i).pos().startsWith("NN")) continue;
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().equals("nmod") && Clauses.caseOf(g, e.getDependent()).equals("by")
                        && nameLike(e.getDependent().index() - 1)) {
                    out.add(new Act(e.getDependent().index() - 1, i, Clauses.negated(sentence, i)));
                }
            }
        }
        // "X's involvement in", "the hand of X"
        for (int i : content) {
            if (!Lexicons.INVOLVEMENT.contains(lemma(i)) || !sentence.tokens().get(i).pos().startsWith("NN")) continue;
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String r = e.getRelation().toString();
                if (r.equals("nmod:poss") || (r.equals("nmod") && Clauses.caseOf(g, e.getDependent()).equals("of"))) {
                    out.add(new Act(e.getDependent().index() - 1, i, Clauses.negated(sentence, i)));
                }
            }
        }
        return out;
    }

    private static boolean mayNameParty(IndexedWord w) {
        String lemma = w.lemma() == null ? w.word() : w.lemma();
        return w.tag() != null && !Lexicons.EVENT.contains(lemma.toLowerCase(Locale.ROOT)) && (w.tag().startsWith("NN") || isPronoun(w));
    }

    private static boolean isPronoun(IndexedWord w) {
        return w.tag() != null && w.tag().startsWith("PRP");
    }

    /** A doer that may name a party: a noun or a pronoun, not an event word ("the result of the attack"). */
    private boolean nameLike(int token) {
        IndexedWord w = sentence.dependencies().getNodeByIndexSafe(token + 1);
        return w != null && mayNameParty(w);
    }

    /** The doer of an act: the agent of a passive ("by X"), the subject of an active verb or of a predicate ("X was responsible", "X was behind it"), "of X" after "hallmarks". */
    private static int doerOf(SemanticGraph g, IndexedWord w, boolean verb) {
        IndexedWord subject = null;
        IndexedWord agent = null;
        IndexedWord of = null;
        IndexedWord from = null;
        boolean passive = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String c = Clauses.caseOf(g, d);
            if (r.equals("nsubj")) subject = d;
            else if (r.equals("nsubj:pass") || r.equals("aux:pass")) passive = true;
            else if ((r.startsWith("obl") || r.equals("nmod")) && c.equals("by")) agent = d;
            else if ((r.equals("nmod") || r.startsWith("obl")) && (c.equals("of") || c.equals("to"))) of = d;
            else if (r.startsWith("obl") && c.equals("from")) from = d;
        }
        // "linked to X", "tied to X": X is the party, whatever the voice
        if (verb && of != null && w.lemma() != null && (w.lemma().equals("link") || w.lemma().equals("tie") || w.lemma().equals("connect"))) {
            return of.index() - 1;
        }
        // a passive with an object is an active the parser misread ("X insurgents attacked a camp"): its subject does it
        if (passive && agent == null && verb) {
            IndexedWord passiveSubject = null;
            boolean object = false;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String r = e.getRelation().toString();
                if (r.equals("nsubj:pass")) passiveSubject = e.getDependent();
                if (r.equals("obj")) object = true;
            }
            if (object && passiveSubject != null) return passiveSubject.index() - 1;
        }
        // "planned and coordinated from Russia", "from a single centre in Russia"
        if (passive && agent == null && from != null) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(from)) {
                if (e.getRelation().toString().equals("nmod") && Clauses.caseOf(g, e.getDependent()).equals("in")) {
                    return e.getDependent().index() - 1;
                }
            }
            return from.index() - 1;
        }
        // "X may be involved", "X is suspected": the passive's subject carries the blame word
        if (passive && agent == null && w.lemma() != null && Lexicons.BLAME_WORDS.contains(w.lemma().toLowerCase(Locale.ROOT))) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                if (e.getRelation().toString().equals("nsubj:pass")) return e.getDependent().index() - 1;
            }
        }
        if (passive || agent != null) return agent == null ? -1 : agent.index() - 1;
        // "this is the result of X", "it was the work of X", "the attack was the work of X": the "of" names the doer
        if (!verb && of != null && subject != null && (isPronoun(subject) || !mayNameParty(subject)) && mayNameParty(of)) {
            return of.index() - 1;
        }
        if (subject != null) return subject.index() - 1;
        // "says X responsible for the attack": the noun the predicate describes
        if (!verb) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                String r = e.getRelation().toString();
                IndexedWord gov = e.getGovernor();
                if ((r.equals("amod") || r.equals("acl")) && gov.tag() != null && gov.tag().startsWith("NN")) return gov.index() - 1;
                if (r.equals("xcomp")) {
                    // "says X responsible" (the object), "X has become the prime suspect" (the subject)
                    IndexedWord subjectOfGovernor = null;
                    for (SemanticGraphEdge o : g.outgoingEdgeIterable(gov)) {
                        if (o.getRelation().toString().equals("obj")) return o.getDependent().index() - 1;
                        if (o.getRelation().toString().equals("nsubj")) subjectOfGovernor = o.getDependent();
                    }
                    if (subjectOfGovernor != null) return subjectOfGovernor.index() - 1;
                }
            }
        }
        // "bore the hallmarks of X", "linked to X", "the work of X"
        if (!verb && of != null) return of.index() - 1;
        return -1;
    }

    private boolean contentNamesAnEvent() {
        for (int i : content) if (Lexicons.EVENT.contains(lemma(i)) && sentence.tokens().get(i).pos().startsWith("NN")) return true;
        return false;
    }

    private static boolean hasEventObject(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if ((r.equals("obj") || r.equals("nsubj:pass")) && Clauses.isEventWord(e.getDependent())) return true;
        }
        for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
            // "the attack carried out by X": the event noun the participle describes
            if (e.getRelation().toString().startsWith("acl") && Clauses.isEventWord(e.getGovernor())) return true;
        }
        return false;
    }

    /**
     * The group a speaking outlet belongs to ("the group's radio outlet X", "X, the group's news
     * agency", or a "media outlet of" relation stated earlier), or null: what the outlet says, its
     * group says through it.
     */
    Mention ownerOf(ExtractionContext ctx, Mention outlet) {
        if (outlet.type() != EntityType.MEDIA_OUTLET) return null;
        for (Fact.OrgRelation r : ctx.relations) {
            if (r.relation().equals("media outlet of") && Clauses.sameName(r.subject(), outlet)) return r.object();
        }
        int head = attribution.sourceHead();
        if (head < 0 || !sentence.parsed()) return null;
        SemanticGraph g = sentence.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        List<IndexedWord> heads = new ArrayList<>(List.of(w));
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) if (e.getRelation().toString().equals("appos")) heads.add(e.getDependent());
        for (IndexedWord h : heads) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
                String r = e.getRelation().toString();
                if (!(r.equals("compound") || r.equals("nmod:poss"))) continue;
                Optional<Mention> owner = ctx.args.mention(sentence, e.getDependent().index() - 1, false, Set.of(EntityType.ORGANIZATION));
                if (owner.isPresent() && !Clauses.sameName(owner.get(), outlet)) return owner.get();
            }
        }
        return null;
    }

    /** Whether the doer is the speaker itself: "it", "we", "its fighters", or the same name. */
    boolean selfReference(ExtractionContext ctx, int doer, Mention speaker) {
        return selfReference(ctx, doer, speaker, false);
    }

    /**
     * Whether the doer is the speaker itself; with {@code described}, a description that means it
     * counts too ("the jihadi group", said by the group's own outlet).
     */
    boolean selfReference(ExtractionContext ctx, int doer, Mention speaker, boolean described) {
        Token t = sentence.tokens().get(doer);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (Lexicons.SELF_PRONOUNS.contains(w) && !Lexicons.PERSON_PRONOUNS.contains(w)) {
            return Lexicons.FIRST_PERSON.contains(w) || !partyBetweenSourceAnd(ctx, doer, speaker);
        }
        // "X, a man claiming to speak for Y, said the group was behind it": a spokesman's "the group" is the one he speaks for
        if (Lexicons.GROUP_NOUNS.contains(lemma(doer)) && doer > 0 && sentence.tokens().get(doer - 1).word().equalsIgnoreCase("the")
                && speaker != null && speaksForBody(ctx, speaker)) {
            return !partyBetweenSourceAnd(ctx, doer, speaker);
        }
        if (Lexicons.MEMBER.contains(lemma(doer)) && sentence.parsed()) {
            IndexedWord n = sentence.dependencies().getNodeByIndexSafe(doer + 1);
            for (SemanticGraphEdge e : sentence.dependencies().outgoingEdgeIterable(n)) {
                String dw = e.getDependent().word().toLowerCase(Locale.ROOT);
                if (e.getRelation().toString().equals("nmod:poss") && Lexicons.SELF_PRONOUNS.contains(dw)) return true;
            }
        }
        Optional<Mention> m = described ? ctx.args.mention(sentence, doer, false, ExtractionContext.PARTIES)
                : ctx.args.mentionAt(sentence, doer, ExtractionContext.PARTIES);
        return m.isPresent() && speaker != null && Clauses.sameName(m.get(), speaker);
    }

    /** Whether the source is a person ("he", a spokesman, a name) and the speaker the body he speaks for. */
    private boolean speaksForBody(ExtractionContext ctx, Mention body) {
        int h = attribution.sourceHead();
        if (h < 0 || body.type() != EntityType.ORGANIZATION || body.holds(sentence.index(), h)) return false;
        return Lexicons.PERSON_PRONOUNS.contains(sentence.tokens().get(h).word().toLowerCase(Locale.ROOT))
                || Lexicons.SPOKESPEOPLE.contains(lemma(h)) || Lexicons.PERSON_NOUNS.contains(lemma(h))
                || ctx.args.mentionAt(sentence, h, Set.of(EntityType.PERSON)).isPresent();
    }

    /**
     * Whether another party is named between the source and a pronoun in what it says (before the
     * pronoun when the source comes after it): "levelled allegations against the agency, claiming it
     * orchestrated ...", "two militants were wounded by a bomb they were planting, police said";
     * "it" and "they" then mean that party, not the source. A name after "its" or "their" ("on its
     * Telegram channel") and an outlet are the source's own.
     */
    private boolean partyBetweenSourceAnd(ExtractionContext ctx, int pronoun, Mention speaker) {
        int from = attribution.sourceHead() < pronoun ? attribution.sourceHead() + 1 : 0;
        Span source = attribution.source();
        // the source's own phrase ("a group calling itself X", "the group X, or Y in Persian,") is no other party
        Set<Integer> own = attribution.sourceHead() >= 0 ? ctx.args.subtree(sentence, attribution.sourceHead()) : Set.of();
        for (int i = from; i < pronoun; i++) {
            Token t = sentence.tokens().get(i);
            if (own.contains(i) || (source != null && t.begin() >= source.begin() && t.end() <= source.end())) continue;
            String l = lemma(i);
            if (Lexicons.MEMBER.contains(l) || Lexicons.MEMBERS.contains(l) || Lexicons.GROUP_NOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
                if (t.pos().startsWith("NN") && !ownedBySelf(i)) return true;
                continue;
            }
            Optional<Mention> m = ctx.args.mentionAt(sentence, i, Set.of(EntityType.ORGANIZATION, EntityType.PERSON));
            if (m.isPresent() && !ownedBySelf(m.get().tokenBegin()) && (speaker == null || !Clauses.sameName(m.get(), speaker))) return true;
        }
        return false;
    }

    /** "its Amaq agency", "their fighters": what follows a possessive self pronoun is the source's own. */
    private boolean ownedBySelf(int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            String w = sentence.tokens().get(j).word().toLowerCase(Locale.ROOT);
            if (w.equals("its") || w.equals("their") || w.equals("our")) return true;
        }
        return false;
    }

    /** The event the content names, one in the sentence, or the article's main event. */
    EventMention event(ExtractionContext ctx) {
        for (EventMention em : ctx.events) {
            if (em.sentence() == sentence.index() && em.span().begin() >= attribution.content().begin()
                    && em.span().end() <= attribution.content().end()) return em;
        }
        for (EventMention em : ctx.events) if (em.sentence() == sentence.index()) return em;
        return ctx.main;
    }

    Evidence evidence(String rule, double confidence) {
        return new Evidence(sentence.index(), ExtractionContext.sentenceSpan(sentence), attribution.cue(), rule, Math.min(1.0, confidence));
    }
}
