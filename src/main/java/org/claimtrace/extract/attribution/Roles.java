package org.claimtrace.extract.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.Lexicons;

/**
 * Source and content of a cue, read from the dependency parse: the shapes attributions take in
 * news (Pareti 2016; the PolNeAR guidelines). Verbs: subject (or passive agent) and clausal
 * complement, object or "about" phrase, or the clause a parenthetical "he said" hangs from.
 * "According to X": X and the clause it modifies. Nouns ("a statement", "claims"): the owner or
 * "by" phrase, and the "that" clause, "saying" clause or "of" phrase. A cue without a subject of
 * its own borrows the subject of the clause it depends on ("..., saying", "declined to say").
 *
 * @param source      the source phrase's tokens, empty when none is stated
 * @param sourceToken the source phrase's head token, or -1
 * @param sourceHead  the token the source names (a relative pronoun's antecedent), or -1
 * @param content     the content's tokens, empty when the parse shows none (a quotation next to the cue may still be it)
 * @param contentHead the content's head token, or -1
 * @param shape       which shape gave the roles, for the fact's provenance
 */
public record Roles(Set<Integer> source, int sourceToken, int sourceHead, Set<Integer> content, int contentHead, String shape) {

    public static Roles of(AnnotatedSentence s, int cue, Set<Integer> cueTokens) {
        SemanticGraph g = s.dependencies();
        IndexedWord h = g.getNodeByIndexSafe(cue + 1);
        if (h == null) return none();
        Token t = s.tokens().get(cue);
        if (t.word().equalsIgnoreCase("according")) return prepositional(s, g, h, cueTokens);
        if (t.pos().startsWith("NN")) return noun(s, g, h, cueTokens);
        if (settingOfAnotherCue(g, h)) return none();
        return verbal(s, g, h, cueTokens);
    }

    /** The same roles with another source: the phrase headed by {@code token}, or none for -1. */
    public Roles withSource(AnnotatedSentence s, int token) {
        if (token == sourceToken) return this;
        if (token < 0) return new Roles(Set.of(), -1, -1, content, contentHead, shape);
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        return new Roles(phrase(g, w), token, antecedent(g, w).index() - 1, content, contentHead, shape);
    }

    /** What a report appears in: "reports in local media", "an article in the Daily Star". */
    private static final Set<String> MEDIA = Set.of("media", "press", "newspaper", "paper", "outlet", "daily", "agency", "television",
            "radio", "broadcaster", "website", "star", "times", "post", "news", "journal");

    static Roles none() {
        return new Roles(Set.of(), -1, -1, Set.of(), -1, "none");
    }

    /** "according to X", "in X's view": X is the source, the clause the phrase modifies the content. */
    private static Roles prepositional(AnnotatedSentence s, SemanticGraph g, IndexedWord h, Set<Integer> cueTokens) {
        IndexedWord x = g.getParent(h);
        if (x == null) return none();
        Set<Integer> src = minus(subtree(g, x), cueTokens);
        IndexedWord clause = g.getParent(x);
        if (clause == null) return none();
        Set<Integer> content = trimPunctuation(s, contiguous(minus(subtree(g, clause), subtree(g, x))));
        return new Roles(src, x.index() - 1, x.index() - 1, content, content.isEmpty() ? -1 : clause.index() - 1, "according-to");
    }

    private static Roles noun(AnnotatedSentence s, SemanticGraph g, IndexedWord h, Set<Integer> cueTokens) {
        IndexedWord src = null;
        IndexedWord content = null;
        String shape = "noun";
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            String c = caseOf(g, d);
            boolean media = d.lemma() != null && MEDIA.contains(d.lemma().toLowerCase(Locale.ROOT));
            // "the group's statement", "a statement by X", "reports in local media"
            if (src == null && (r.equals("nmod:poss") || (r.equals("nmod") && (c.equals("by") || c.equals("from")))
                    || (r.equals("nmod") && c.equals("in") && media))) src = d;
            else if (content == null && (r.equals("ccomp") || r.equals("acl") || r.equals("appos")
                    || (r.equals("nmod") && (c.equals("of") || c.equals("about") || c.equals("on") || c.equals("that"))))) content = d;
        }
        if (src == null) {
            // "X issued a statement saying ...": the one who issued it
            src = subjectUp(s, g, h, 2);
            shape = "noun+governor-subject";
        }
        return roles(s, g, src, content, content == null ? Set.of() : minus(subtree(g, content), cueTokens), shape);
    }

    private static Roles verbal(AnnotatedSentence s, SemanticGraph g, IndexedWord h, Set<Integer> cueTokens) {
        IndexedWord src = null;
        IndexedWord agent = null;
        boolean passive = false;
        IndexedWord ccomp = null, xcomp = null, parataxis = null, obj = null, about = null, loose = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            switch (r) {
                case "nsubj" -> src = src == null ? d : src;
                case "aux:pass", "nsubj:pass" -> passive = true;
                // of two complements ("On a day ..., under a sky that seemed ..., X warned that ..."), the one after the cue
                case "ccomp" -> ccomp = ccomp == null || (ccomp.index() < h.index() && d.index() > h.index()) ? d : ccomp;
                case "xcomp" -> xcomp = xcomp == null ? d : xcomp;
                case "parataxis" -> parataxis = parataxis == null ? d : parataxis;
                case "obj" -> obj = obj == null ? d : obj;
                case "dep", "advcl" -> loose = loose == null && set(s, g, d, h) ? d : loose;
                default -> {
                    if (r.startsWith("obl")) {
                        String c = caseOf(g, d);
                        if (c.equals("by") && agent == null) agent = d;
                        else if (about == null && (c.equals("about") || c.equals("on") || c.equals("of") || c.equals("for"))) about = d;
                    }
                }
            }
        }
        if (passive) src = agent;
        String shape = "verb";
        IndexedWord misplaced = src == null && !passive ? misplacedSubject(s, g, h) : null;
        if (misplaced != null) {
            // "..., Microsoft Corporation said on Friday": the parser hung the subject on the clause before
            IndexedWord clause = g.getParent(h);
            Set<Integer> content = minus(minus(subtree(g, clause), subtree(g, h)), phrase(g, misplaced));
            return roles(s, g, misplaced, clause, minus(content, cueTokens), shape + "+parenthetical");
        }
        if (src == null && !passive) {
            src = subjectUp(s, g, h, 3);
            shape = "verb+governor-subject";
        }
        Set<Integer> content;
        IndexedWord contentHead;
        IndexedWord displaced;
        if (ccomp != null) {
            contentHead = ccomp;
            content = subtree(g, ccomp);
            shape += "+ccomp";
        } else if ((displaced = displacedComplement(g, h)) != null) {
            // "wrote in an op-ed published Monday that ...": the parser hung the cue's clause on the
            // participle; it is the cue's complement, and the learned weights treat it as one
            contentHead = displaced;
            content = subtree(g, contentHead);
            shape += "+ccomp";
        } else if (parataxis != null && quoted(s, g, parataxis)) {
            contentHead = parataxis;
            content = subtree(g, parataxis);
            shape += "+parataxis";
        } else if (obj != null && misparsedComplement(s, g, h, obj) != null) {
            // "claimed the attack was planned abroad", parsed as an object and a loose clause: both are the content
            contentHead = misparsedComplement(s, g, h, obj);
            content = new TreeSet<>(subtree(g, obj));
            content.addAll(subtree(g, contentHead));
            shape += "+complement";
        } else if (loose != null) {
            // a clause the parser left loosely attached, set off from the cue by a comma or a quotation mark
            contentHead = loose;
            content = subtree(g, loose);
            shape += "+set-off";
        } else if (rel(g, h).equals("parataxis") && g.getParent(h) != null && clauseOfItsOwn(s, g, g.getParent(h))) {
            // '"We will win," he said': the clause the parenthetical hangs from
            contentHead = g.getParent(h);
            content = minus(subtree(g, contentHead), subtree(g, h));
            shape += "+parenthetical";
        } else if (xcomp != null) {
            contentHead = xcomp;
            content = subtree(g, xcomp);
            shape += "+xcomp";
        } else if (obj != null && !addressee(obj)) {
            contentHead = obj;
            content = subtree(g, obj);
            shape += "+obj";
        } else if (about != null) {
            contentHead = about;
            content = subtree(g, about);
            shape += "+obl";
        } else if (src != null && closesSentence(s, g, h) && clauseOfItsOwn(s, g, g.getFirstRoot())) {
            // "X is suspected of having hacked ..., police said Wednesday." with the cue hung loosely on a
            // clause inside: what the sentence says before it
            contentHead = g.getFirstRoot();
            content = minus(subtree(g, contentHead), subtree(g, h));
            shape += "+parenthetical";
        } else {
            contentHead = null;
            content = Set.of();
        }
        return roles(s, g, src, contentHead, minus(content, cueTokens), shape);
    }

    private static Roles roles(AnnotatedSentence s, SemanticGraph g, IndexedWord src, IndexedWord contentHead, Set<Integer> content,
                               String shape) {
        Set<Integer> source = Set.of();
        int sourceHead = -1;
        if (src != null) {
            source = phrase(g, src);
            sourceHead = antecedent(g, src).index() - 1;
        }
        Set<Integer> trimmed = trimPunctuation(s, contiguous(content));
        return new Roles(source, src == null ? -1 : src.index() - 1, sourceHead, trimmed,
                trimmed.isEmpty() ? -1 : contentHead.index() - 1, shape);
    }

    /** The subject of a clause the cue depends on, up to {@code hops} heads up ("..., saying", "declined to comment"). */
    private static IndexedWord subjectUp(AnnotatedSentence s, SemanticGraph g, IndexedWord w, int hops) {
        IndexedWord x = w;
        for (int i = 0; i < hops; i++) {
            String r = rel(g, x);
            if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl") || r.equals("acl") || r.equals("obj")
                    || r.equals("nmod") || r.startsWith("obl") || (i > 0 && r.equals("ccomp")))) return null;
            x = g.getParent(x);
            if (x == null) return null;
            // '"..., when it became ...," adding that ...': a clause inside a quotation the cue stands outside of
            // has the quoted speaker's words, not the cue's subject; go on up to the verb that introduced it
            if (Quotes.inside(s.tokens(), x.index() - 1) && !Quotes.inside(s.tokens(), w.index() - 1)) {
                hops++;
                continue;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(x)) {
                if (e.getRelation().toString().equals("nsubj")) return e.getDependent();
            }
        }
        return null;
    }

    /** "who said", "which reported": the noun the relative clause describes. */
    private static IndexedWord antecedent(SemanticGraph g, IndexedWord src) {
        String tag = src.tag() == null ? "" : src.tag();
        if (!(tag.equals("WP") || tag.equals("WDT"))) return src;
        for (IndexedWord x = g.getParent(src); x != null; x = g.getParent(x)) {
            if (rel(g, x).equals("acl:relcl")) return g.getParent(x) == null ? src : g.getParent(x);
        }
        return src;
    }

    /** An object that is whom the cue addresses ("told him", "asked reporters"), not what it says. */
    private static boolean addressee(IndexedWord obj) {
        String tag = obj.tag() == null ? "" : obj.tag();
        return tag.equals("PRP") || "PERSON".equals(obj.ner());
    }

    /**
     * A clause set off from the cue: it ends before the cue with a comma or quotation mark between
     * ("Now is the time," she said), or starts after the cue behind one ("the lawyers said, 'all ...'").
     */
    private static final Set<String> ADVERBIAL_OPENERS = Set.of("when", "whenever", "if", "while", "although", "though", "because",
            "after", "before", "as", "since", "once", "unless", "until");

    private static boolean set(AnnotatedSentence s, SemanticGraph g, IndexedWord clause, IndexedWord cue) {
        if (!clauseOfItsOwn(s, g, clause)) return false;
        Set<Integer> sub = subtree(g, clause);
        int c = cue.index() - 1;
        int first = ((TreeSet<Integer>) sub).first();
        int last = ((TreeSet<Integer>) sub).last();
        if (sub.size() < 3) return false;
        // a fronted adverbial clause ("When veterans ask for help, ...") sets the scene; it is not what is said
        if (last < c && ADVERBIAL_OPENERS.contains(s.tokens().get(first).word().toLowerCase(java.util.Locale.ROOT))) return false;
        if (last < c) return separator(s, last, c);
        if (first > c) return separator(s, c, first);
        return false;
    }

    /**
     * A finite clause the parser hung loosely ("dep") on the cue right after its object, which is
     * the clause's subject: "said [the attack] [was planned abroad]". The clause, or null.
     */
    private static IndexedWord misparsedComplement(AnnotatedSentence s, SemanticGraph g, IndexedWord cue, IndexedWord obj) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
            IndexedWord d = e.getDependent();
            if (!e.getRelation().toString().equals("dep") || d.index() <= obj.index() || d.tag() == null || !d.tag().startsWith("VB")) continue;
            boolean finite = d.tag().matches("VBD|VBZ|VBP");
            for (SemanticGraphEdge a : g.outgoingEdgeIterable(d)) {
                String r = a.getRelation().toString();
                if (r.equals("aux") || r.equals("aux:pass") || r.equals("cop")) finite = true;
                if (r.startsWith("nsubj")) return null;
            }
            if (finite && ((TreeSet<Integer>) subtree(g, obj)).last() + 1 == d.index() - 1 - countAux(g, d)) return d;
        }
        return null;
    }

    /**
     * A "that" clause the parser hung on a participle that only sets the scene of the cue: "said in
     * a statement released Monday that ...", "wrote in an op-ed published ... that ...". Such
     * participles take no clause of their own, so the clause is the cue's. The clause head, or null.
     */
    private static IndexedWord displacedComplement(SemanticGraph g, IndexedWord cue) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (r.equals("dep") || r.equals("advcl")) {
                IndexedWord c = thatClauseOfParticiple(g, d);
                if (c != null) return c;
            } else if (r.startsWith("obl")) {
                for (SemanticGraphEdge a : g.outgoingEdgeIterable(d)) {
                    if (!a.getRelation().toString().startsWith("acl")) continue;
                    IndexedWord c = thatClauseOfParticiple(g, a.getDependent());
                    if (c != null) return c;
                }
            }
        }
        return null;
    }

    /**
     * The subject of a parenthetical cue that the parser hung, set off by a comma, on the clause
     * before it: "[clause], Microsoft Corporation said on Friday" with "Corporation" an apposition
     * in the clause and "said" a loose dependent of it. The subject's head, or null.
     */
    private static IndexedWord misplacedSubject(AnnotatedSentence s, SemanticGraph g, IndexedWord cue) {
        IndexedWord clause = g.getParent(cue);
        String r = rel(g, cue);
        // the cue hung loosely on the clause before, or as a modifier of its last noun ("a campaign ..., Mandiant said")
        if (clause == null || clause.index() > cue.index() || !(r.equals("dep") || r.equals("parataxis") || r.equals("acl"))) return null;
        if (!clauseOfItsOwn(s, g, clause)) return null;
        IndexedWord noun = g.getNodeByIndexSafe(cue.index() - 1);
        if (noun == null || noun.tag() == null || !noun.tag().matches("NNP?S?|PRP")) return null;
        // the name's head: up through its compound and flat parts
        while (g.getParent(noun) != null && rel(g, noun).matches("compound|flat.*") && g.getParent(noun).index() < cue.index()) {
            noun = g.getParent(noun);
        }
        if (!rel(g, noun).matches("appos|conj|dep|nmod|obj") || noun.index() != cue.index() - 1) return null;
        int first = java.util.Collections.min(phrase(g, noun));
        return first > 0 && s.tokens().get(first - 1).word().equals(",") ? noun : null;
    }

    /** "released" in "said in a statement released Monday that ...": its clause is the governing cue's. */
    private static boolean settingOfAnotherCue(SemanticGraph g, IndexedWord participle) {
        if (thatClauseOfParticiple(g, participle) == null) return false;
        IndexedWord up = g.getParent(participle);
        if (up != null && rel(g, participle).startsWith("acl")) up = g.getParent(up);
        return up != null && displacedComplement(g, up) != null;
    }

    private static IndexedWord thatClauseOfParticiple(SemanticGraph g, IndexedWord participle) {
        if (!"VBN".equals(participle.tag())) return null;
        IndexedWord clause = null;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(participle)) {
            String r = e.getRelation().toString();
            if (r.startsWith("nsubj")) return null;
            if (r.equals("ccomp") && clause == null) clause = e.getDependent();
        }
        if (clause == null) return null;
        for (SemanticGraphEdge m : g.outgoingEdgeIterable(clause)) {
            if (m.getRelation().toString().equals("mark") && m.getDependent().word().equalsIgnoreCase("that")) return clause;
        }
        return null;
    }

    private static int countAux(SemanticGraph g, IndexedWord verb) {
        int n = 0;
        for (SemanticGraphEdge a : g.outgoingEdgeIterable(verb)) {
            String r = a.getRelation().toString();
            if ((r.equals("aux") || r.equals("aux:pass") || r.equals("cop") || r.equals("advmod")) && a.getDependent().index() < verb.index()) n++;
        }
        return n;
    }

    /**
     * What can be said: a clause with a subject of its own and no subordinating word ("if",
     * "though", "after"), or a quotation; not an adjunct ("Campaigning in Ohio, she said").
     */
    private static boolean clauseOfItsOwn(AnnotatedSentence s, SemanticGraph g, IndexedWord head) {
        if (quoted(s, g, head)) return true;
        boolean subject = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            String r = e.getRelation().toString();
            if (r.equals("mark") && !e.getDependent().word().equalsIgnoreCase("that")) return false;
            if (r.startsWith("nsubj") || r.equals("expl")) subject = true;
        }
        return subject;
    }

    /**
     * A cue the parser hung on a clause of the sentence, loosely ("dep") or as that clause's
     * complement or adverbial ("... were killed when gunmen attacked, a military source said
     * Monday."), its phrase set off by a comma and closing the sentence: ", police said Wednesday."
     */
    private static boolean closesSentence(AnnotatedSentence s, SemanticGraph g, IndexedWord h) {
        if (!rel(g, h).matches("dep|ccomp|advcl") || g.getFirstRoot() == null || g.getFirstRoot().equals(h)) return false;
        // under another speech verb ("X said that ..., Global News reported") the parse is too tangled to tell who relays whom
        for (IndexedWord up = g.getParent(h); up != null; up = g.getParent(up)) {
            if (up.lemma() != null && Lexicons.SAY.contains(up.lemma().toLowerCase(Locale.ROOT))) return false;
        }
        Set<Integer> own = subtree(g, h);
        int first = own.stream().min(Integer::compare).orElseThrow();
        int last = own.stream().max(Integer::compare).orElseThrow();
        if (first == 0 || !s.tokens().get(first - 1).word().equals(",")) return false;
        for (int i = last + 1; i < s.tokens().size(); i++) if (s.tokens().get(i).word().matches("\\p{L}.*|\\d.*")) return false;
        return true;
    }

    private static boolean separator(AnnotatedSentence s, int from, int to) {
        for (int i = from; i <= to; i++) {
            String w = s.tokens().get(i).word();
            if (w.equals(",") || w.equals(":") || Quotes.isMark(w)) return true;
        }
        return false;
    }

    private static boolean quoted(AnnotatedSentence s, SemanticGraph g, IndexedWord head) {
        for (int i : subtree(g, head)) if (Quotes.isMark(s.tokens().get(i).word())) return true;
        return false;
    }

    /** A noun phrase without the relative clause or apposition that describes it further. */
    private static Set<Integer> phrase(SemanticGraph g, IndexedWord head) {
        Set<Integer> out = new TreeSet<>();
        out.add(head.index() - 1);
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
            String r = e.getRelation().toString();
            if (r.equals("acl:relcl") || r.equals("acl") || r.equals("punct")) continue;
            out.addAll(subtree(g, e.getDependent()));
        }
        return contiguousAround(out, head.index() - 1);
    }

    static Set<Integer> subtree(SemanticGraph g, IndexedWord w) {
        Set<Integer> out = new TreeSet<>();
        for (IndexedWord d : g.descendants(w)) out.add(d.index() - 1);
        return out;
    }

    private static Set<Integer> minus(Set<Integer> a, Set<Integer> b) {
        Set<Integer> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** The longest run of consecutive tokens in the set that holds its first token. */
    private static Set<Integer> contiguous(Set<Integer> tokens) {
        if (tokens.isEmpty()) return tokens;
        List<Integer> sorted = List.copyOf(new TreeSet<>(tokens));
        Set<Integer> best = new TreeSet<>();
        Set<Integer> run = new TreeSet<>();
        int prev = Integer.MIN_VALUE;
        for (int i : sorted) {
            if (i != prev + 1) {
                if (run.size() > best.size()) best = run;
                run = new TreeSet<>();
            }
            run.add(i);
            prev = i;
        }
        if (run.size() > best.size()) best = run;
        return best;
    }

    /** The run of consecutive tokens of the set around {@code at}. */
    private static Set<Integer> contiguousAround(Set<Integer> tokens, int at) {
        Set<Integer> out = new TreeSet<>();
        for (int i = at; tokens.contains(i); i--) out.add(i);
        for (int i = at + 1; tokens.contains(i); i++) out.add(i);
        return out;
    }

    private static Set<Integer> trimPunctuation(AnnotatedSentence s, Set<Integer> tokens) {
        TreeSet<Integer> out = new TreeSet<>(tokens);
        while (!out.isEmpty() && punctuation(s, out.last()) && !Quotes.isMark(s.tokens().get(out.last()).word())) out.pollLast();
        while (!out.isEmpty() && punctuation(s, out.first()) && !Quotes.isMark(s.tokens().get(out.first()).word())) out.pollFirst();
        return out;
    }

    private static boolean punctuation(AnnotatedSentence s, int i) {
        String pos = s.tokens().get(i).pos();
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("-LRB-") || pos.equals("-RRB-") || pos.equals("HYPH");
    }

    static String rel(SemanticGraph g, IndexedWord w) {
        var in = g.incomingEdgeIterator(w);
        return in.hasNext() ? in.next().getRelation().toString() : "root";
    }

    static String caseOf(SemanticGraph g, IndexedWord w) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String r = e.getRelation().toString();
            if (r.equals("case") || r.equals("mark")) return e.getDependent().word().toLowerCase(Locale.ROOT);
        }
        return "";
    }
}
