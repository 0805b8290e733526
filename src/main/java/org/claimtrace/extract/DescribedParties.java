package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/**
 * Parties an attribution describes rather than names: an owner's body ("X's intelligence
 * service"), the body members belong to ("officers of the X police"), or a culprit made specific
 * by what follows it ("hackers working for a foreign state"). Mentions it makes join the
 * article's ({@link Arguments}).
 */
final class DescribedParties {
    private final Arguments args;

    DescribedParties(Arguments args) {
        this.args = args;
    }

    /** "Talmora's intelligence service": the owner's name and the body as one organisation mention. */
    Optional<Mention> possessedInstitution(AnnotatedSentence s, int token) {
        Token t = s.tokens().get(token);
        if (!s.parsed() || t.pos().startsWith("NNP") || !Lexicons.INSTITUTIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            // "Talmora's intelligence service", "the Durban city police", "the San Jacinto del Mar municipal police"
            if (!rel.equals("nmod:poss") && !rel.equals("compound")) continue;
            int first = -1;
            for (int i : args.phraseTokens(s, e.getDependent().index() - 1)) {
                if (!s.tokens().get(i).pos().matches("DT|PRP\\$")) { first = i; break; }
            }
            if (first < 0 || first >= token) continue;
            // an owner named before the body: not a phrase found earlier that holds the body itself
            final int owner = first;
            boolean named = s.tokens().get(first).pos().startsWith("NNP")
                    || args.mentionAt(s, first, Set.of(EntityType.PLACE, EntityType.ORGANIZATION, EntityType.PERSON))
                            .filter(m -> m.tokenEnd() <= token && m.tokenBegin() <= owner).isPresent();
            boolean between = true;
            for (int i = first; i < token; i++) {
                if (!s.tokens().get(i).pos().matches("JJ|NN|NNS|NNP|NNPS|POS|VBN|RB|HYPH|FW")) between = false;
            }
            if (!named || !between) continue;
            return Optional.of(args.argumentPhrase(s, EntityType.ORGANIZATION, first, token + 1));
        }
        return Optional.empty();
    }

    /**
     * "officers of the X police", "a cell of the X cartel", "militants from the X group": the body
     * the members belong to ("from" a body only: "fighters from X" where X is a place says where
     * they come from, not whose they are).
     */
    int bodyOfMembers(AnnotatedSentence s, int token) {
        if (!s.parsed() || !Lexicons.MEMBERS.contains(s.tokens().get(token).lemma().toLowerCase(Locale.ROOT))) return token;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return token;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (!e.getRelation().toString().equals("nmod")) continue;
            int body = e.getDependent().index() - 1;
            String c = Clauses.caseOf(g, e.getDependent());
            if (c.equals("of") || (c.equals("from") && args.mentionAt(s, body, Set.of(EntityType.ORGANIZATION)).isPresent())) return body;
        }
        return token;
    }

    /**
     * A culprit the text describes without a name: a plural noun with what it is made specific by
     * ("terrorists in the pay of foreign powers", "hackers working for a foreign state",
     * "Afghanistan-based planners"), as the
     * phrase itself. A bare plural ("militants") describes no one.
     */
    Optional<Mention> describedCulprit(AnnotatedSentence s, int token) {
        Token head = s.tokens().get(token);
        // "members of the same cell" points back to someone; "officers of X" is X (bodyOfMembers)
        if (!s.parsed() || Lexicons.MEMBERS.contains(head.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        // "a foreign intelligence service", "a hostile state": a singular body the text qualifies
        if (head.pos().equals("NN")) return qualifiedBody(s, token).or(() -> describedGroup(s, token));
        if (!head.pos().equals("NNS")) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return Optional.empty();
        Set<Integer> span = new TreeSet<>();
        span.add(token);
        boolean specific = false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (d.index() - 1 < token) {
                if (rel.equals("amod") && Clauses.basedWord(d.word())) {
                    // "Afghanistan-based planners": where they are based makes them specific
                    specific = true;
                    span.addAll(args.subtree(s, d.index() - 1));
                } else if (rel.equals("amod") || rel.equals("compound")) {
                    span.add(d.index() - 1);
                }
                continue;
            }
            boolean participle = rel.equals("acl") && d.tag() != null && d.tag().matches("VBG|VBN");
            if (rel.equals("nmod") || participle) {
                specific = true;
                span.addAll(args.subtree(s, d.index() - 1));
            }
        }
        if (!specific) return Optional.empty();
        int from = ((TreeSet<Integer>) span).first();
        int to = ((TreeSet<Integer>) span).last();
        for (int i = from; i <= to; i++) if (s.tokens().get(i).pos().matches("[,:.]|``|''|-LRB-|-RRB-")) return Optional.empty();
        if (to - from > 9) return Optional.empty();
        return Optional.of(args.argumentPhrase(s, EntityType.ORGANIZATION, from, to + 1));
    }

    /**
     * "the Turkish defence ministry", "police", "Assam police": an institution the text names by
     * what it is, as the phrase with its modifiers (a qualified body first); who speaks or blames
     * for it when no name is given.
     */
    Optional<Mention> describedInstitution(AnnotatedSentence s, int token) {
        Optional<Mention> qualified = qualifiedBody(s, token);
        if (qualified.isPresent()) return qualified;
        Token t = s.tokens().get(token);
        if (!t.pos().matches("NNS?") || !Lexicons.INSTITUTIONS.contains(t.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        int from = token;
        while (from > 0 && s.tokens().get(from - 1).pos().matches("JJ|NN|NNP")) from--;
        return Optional.of(args.argumentPhrase(s, EntityType.ORGANIZATION, from, token + 1));
    }

    /**
     * "a local insurgent group", "a Kurdish militant group": a group the text describes by two words,
     * or by a nationality, as the phrase ("an armed group" alone describes no one in particular).
     */
    Optional<Mention> describedGroup(AnnotatedSentence s, int token) {
        List<Token> t = s.tokens();
        if (!Lexicons.GROUP_NOUNS.contains(t.get(token).lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        // "the outlawed separatist organisation, the X Army": the name that follows is the party
        int next = token + 2 < t.size() && t.get(token + 1).word().equals(",") ? token + 2 : -1;
        if (next > 0 && t.get(next).pos().equals("DT") && next + 1 < t.size()) next++;
        if (next > 0 && t.get(next).pos().startsWith("NNP")) return Optional.empty();
        int from = token;
        boolean nationality = false;
        while (from > 0 && t.get(from - 1).pos().matches("JJ|NN|VBN")) {
            from--;
            Token d = t.get(from);
            if (d.pos().equals("JJ") && Character.isUpperCase(d.word().charAt(0))) nationality = true;
        }
        if (token - from < 2 && !nationality) return Optional.empty();
        return Optional.of(args.argumentPhrase(s, EntityType.ORGANIZATION, from, token + 1));
    }

    /** "the Turkish defence ministry", "a foreign intelligence service": a singular body the text qualifies, as the phrase. */
    Optional<Mention> qualifiedBody(AnnotatedSentence s, int token) {
        if (!s.tokens().get(token).pos().equals("NN")) return Optional.empty();
        String lemma = s.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
        if (!Lexicons.INSTITUTIONS.contains(lemma) && !Lexicons.STATE_NOUNS.contains(lemma)) return Optional.empty();
        int from = token;
        boolean qualified = false;
        while (from > 0 && s.tokens().get(from - 1).pos().matches("JJ|NN")) {
            from--;
            String w = s.tokens().get(from).word();
            // "a hostile state", "the Pakistani state": a qualifier or a nationality makes the body specific
            if (Lexicons.QUALIFIERS.contains(w.toLowerCase(Locale.ROOT))
                    || (s.tokens().get(from).pos().equals("JJ") && Character.isUpperCase(w.charAt(0)))) qualified = true;
        }
        if (!qualified) return Optional.empty();
        return Optional.of(args.argumentPhrase(s, EntityType.ORGANIZATION, from, token + 1));
    }

    /**
     * Outlets a text describes rather than names: "local media", "state television", "Israeli
     * newspapers", "news agencies" (a media noun with a modifier, or a plural one), and the reports
     * that stand for them ("South Korean media reports"), as a media outlet.
     */
    Optional<Mention> describedOutlet(AnnotatedSentence s, int token) {
        Token t = s.tokens().get(token);
        int head = token;
        if (t.lemma().equalsIgnoreCase("report") && t.pos().equals("NNS") && token > 0) head = token - 1;
        Token h = s.tokens().get(head);
        if (h.pos().startsWith("NNP") || !Lexicons.MEDIA_NOUNS.contains(h.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        int from = head;
        if (s.parsed() && head == token) {
            SemanticGraph g = s.dependencies();
            IndexedWord w = g.getNodeByIndexSafe(token + 1);
            if (w == null) return Optional.empty();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                String rel = e.getRelation().toString();
                int d = e.getDependent().index() - 1;
                if ((rel.equals("amod") || rel.equals("compound")) && d < from && d >= token - 3) from = d;
            }
        } else {
            // unparsed, or "media reports" (whose modifiers the parser hangs on either noun): the words before it
            while (from > head - 3 && from > 0 && s.tokens().get(from - 1).pos().matches("JJ|NNP|VBN|HYPH")) from--;
        }
        // a describing word is needed: "local media", "Israeli newspapers"; not "social media", not "news agency" alone
        boolean described = false;
        for (int i = from; i < head; i++) {
            Token d = s.tokens().get(i);
            if (!d.pos().matches("JJ|NN|NNS|NNP|VBN|HYPH") || Lexicons.VAGUE_MEDIA.contains(d.word().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (!d.word().equalsIgnoreCase("news")) described = true;
        }
        if (!described || Arguments.otherAgency(s, from, head)) return Optional.empty();
        return Optional.of(args.argumentPhrase(s, EntityType.MEDIA_OUTLET, from, token + 1));
    }

    /**
     * A source described, not named: "a military source", "a senior security official", "an army
     * officer", "Thai officials" (a source noun with a describing word), or plural alone
     * ("Officials blamed ...", "investigators said"), as a party of its own.
     */
    Optional<Mention> describedSource(AnnotatedSentence s, int token) {
        Token t = s.tokens().get(token);
        if (!s.parsed() || !t.pos().matches("NNS?") || !Lexicons.SOURCE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int from = token;
        while (from > 0 && s.tokens().get(from - 1).pos().matches("JJ|NN|NNP|VBN|HYPH")) from--;
        if (from == token && !t.pos().equals("NNS")) return Optional.empty();
        return Optional.of(args.argumentPhrase(s, EntityType.PERSON, from, token + 1));
    }

    /**
     * "gunmen suspected to be members of X", "a group believed to be X": who they are said to be;
     * "a group linked to X", "hackers that appear to be tied to X": whom they are tied to.
     */
    Optional<Mention> suspectedIdentity(AnnotatedSentence s, int token) {
        if (!s.parsed()) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord v = e.getDependent();
            if (!e.getRelation().toString().startsWith("acl") || v.lemma() == null) continue;
            Optional<Mention> tied = tiedTo(s, g, v);
            if (tied.isPresent()) return tied;
            if (!Lexicons.SUSPECTED.contains(v.lemma().toLowerCase(Locale.ROOT))) continue;
            for (SemanticGraphEdge x : g.outgoingEdgeIterable(v)) {
                if (!x.getRelation().toString().matches("xcomp|obj|obl")) continue;
                int who = bodyOfMembers(s, x.getDependent().index() - 1);
                Optional<Mention> m = args.mention(s, who, false, Set.of(EntityType.ORGANIZATION, EntityType.PERSON));
                if (m.isPresent()) return m;
            }
        }
        return Optional.empty();
    }

    /** "hackers not linked to X": the doers are said not to be tied to the party their phrase names. */
    boolean tieDenied(AnnotatedSentence s, int token) {
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord v = e.getDependent();
            if (!e.getRelation().toString().startsWith("acl") || v.lemma() == null) continue;
            IndexedWord link = linkOf(g, v);
            if (link != null && denied(s, v, link)) return true;
        }
        return false;
    }

    /** The "linked" of "linked to X" or of "appears to be linked to X", or null. */
    private static IndexedWord linkOf(SemanticGraph g, IndexedWord v) {
        if (Lexicons.LINKED.contains(v.lemma().toLowerCase(Locale.ROOT))) return v;
        for (SemanticGraphEdge x : g.outgoingEdgeIterable(v)) {
            IndexedWord d = x.getDependent();
            if (x.getRelation().toString().equals("xcomp") && d.lemma() != null && Lexicons.LINKED.contains(d.lemma().toLowerCase(Locale.ROOT))) return d;
        }
        return null;
    }

    /** "not linked", "does not appear to be linked". */
    private static boolean denied(AnnotatedSentence s, IndexedWord v, IndexedWord link) {
        return Clauses.negated(s, link.index() - 1) || Clauses.negated(s, v.index() - 1);
    }

    /** X in "linked to X" on the clause {@code v}, or on the clause it raises ("appears to be linked to X"). */
    private Optional<Mention> tiedTo(AnnotatedSentence s, SemanticGraph g, IndexedWord v) {
        IndexedWord link = linkOf(g, v);
        // "hackers backed by X", "militants sponsored by X": who stands behind them
        String tie = "to";
        if (link == null && Lexicons.BACKED.contains(v.lemma().toLowerCase(Locale.ROOT))) {
            link = v;
            tie = "by";
        }
        if (link == null || denied(s, v, link)) return Optional.empty();
        for (SemanticGraphEdge x : g.outgoingEdgeIterable(link)) {
            if (!x.getRelation().toString().startsWith("obl") || !tie.equals(Clauses.caseOf(g, x.getDependent()))) continue;
            int who = bodyOfMembers(s, x.getDependent().index() - 1);
            Optional<Mention> m = possessedInstitution(s, who);
            if (m.isEmpty()) m = args.mention(s, who, false, Set.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE));
            // "backed by the Russian government": a body the text names by its kind
            if (m.isEmpty() && Lexicons.INSTITUTIONS.contains(s.tokens().get(who).lemma().toLowerCase(Locale.ROOT))) {
                m = describedCulprit(s, who);
            }
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }
}
