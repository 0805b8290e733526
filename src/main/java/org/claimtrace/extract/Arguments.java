package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/**
 * Turns a rule's role (a token) into the mention it refers to: a named mention at or under the
 * token; for a pronoun or a definite description ("he", "the group", "the spokesman") the
 * nearest earlier mention of the right kind; else, for roles that allow it, the noun phrase
 * itself as a new mention ("armed separatists", "Kenyan officials"). Keeps the mentions the rules
 * find beside the article's, for {@link OutletNames} and {@link DescribedParties} too.
 */
final class Arguments {
    private static final int LOOKBACK_SENTENCES = 4;

    private final AnnotatedArticle article;
    private final List<Mention> extra = new ArrayList<>();

    Arguments(AnnotatedArticle article) {
        this.article = article;
    }

    List<Mention> extraMentions() {
        return extra;
    }

    AnnotatedArticle article() {
        return article;
    }

    /** The named mention for the role's token: at it, else under it, else by anaphora. */
    Optional<Mention> mention(AnnotatedSentence s, int token, boolean allowPhrase, Set<EntityType> types) {
        Optional<Mention> at = mentionAt(s, token, types);
        if (at.isPresent()) return at;
        Token t = s.tokens().get(token);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("PRP") || t.pos().equals("WDT") || t.pos().equals("WP")) {
            if (Lexicons.PERSON_PRONOUNS.contains(w)) return antecedent(s, token, Set.of(EntityType.PERSON));
            if (Lexicons.GROUP_PRONOUNS.contains(w)) {
                if (w.equals("which") || w.equals("who")) return relativeHead(s, token, types);
                if (w.startsWith("the") && pluralSubjectBefore(s, token)) return Optional.empty();
                return antecedent(s, token, Set.of(EntityType.ORGANIZATION, EntityType.MEDIA_OUTLET));
            }
            return Optional.empty();
        }
        Optional<Mention> branch = branchOf(s, token, types);
        if (branch.isPresent()) return branch;
        Optional<Mention> namedAs = namedInClause(s, token, types);
        if (namedAs.isPresent()) return namedAs;
        Optional<Mention> under = mentionUnder(s, token, types);
        if (under.isPresent()) return under;
        Optional<Mention> named = namedInApposition(s, token, types);
        if (named.isPresent()) return named;
        if (isDefinite(s, token)) {
            if (t.pos().equals("NNS") && Lexicons.SOURCE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                Optional<Mention> before = sameDescriptionBefore(s, token, types);
                if (before.isPresent()) return before;
            }
            // "the group" points back to one; "both the groups", "the groups" to several, which one name does not stand for
            if (Lexicons.GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT)) && !pluralOfGroup(t)) {
                return antecedent(s, token, Set.of(EntityType.ORGANIZATION));
            }
            if (Lexicons.PERSON_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
                return antecedent(s, token, Set.of(EntityType.PERSON));
            }
        }
        if (allowPhrase) return phrase(s, token);
        return Optional.empty();
    }

    /** "the press freedom group Article 19": a group noun followed by the name it goes by. */
    private Optional<Mention> namedInApposition(AnnotatedSentence s, int token, Set<EntityType> types) {
        Token t = s.tokens().get(token);
        if (!s.parsed() || !types.contains(EntityType.ORGANIZATION) || !Lexicons.GROUP_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))
                && !Lexicons.NAMED_BODIES.contains(t.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            int d = e.getDependent().index() - 1;
            // "the outlawed separatist organisation, the X Front (XF)": a name in apposition after a comma
            if (rel.equals("appos") && d > token + 1) {
                Optional<Mention> named = mentionAt(s, d, types);
                if (named.isPresent()) return named;
            }
            if (d != token + 1 || !(rel.equals("dep") || rel.equals("appos") || rel.startsWith("flat"))) continue;
            Token name = s.tokens().get(d);
            if (!name.pos().startsWith("NN") || !Character.isUpperCase(name.word().charAt(0))) continue;
            Optional<Mention> at = mentionAt(s, d, types);
            if (at.isPresent()) return at;
            int end = d + 1;
            while (end < s.tokens().size() && s.tokens().get(end).pos().matches("NNP.*|CD")) end++;
            return Optional.of(argumentPhrase(s, EntityType.ORGANIZATION, d, end));
        }
        return Optional.empty();
    }

    /** "Two officials ... said they believed": "they" are the unnamed officials, not an earlier group. */
    private static boolean pluralSubjectBefore(AnnotatedSentence s, int token) {
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        for (int i = 0; i < token; i++) {
            IndexedWord n = g.getNodeByIndexSafe(i + 1);
            if (n == null || !s.tokens().get(i).pos().equals("NNS")) continue;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(n)) if (e.getRelation().toString().startsWith("nsubj")) return true;
        }
        return false;
    }

    /**
     * The name a phrase goes by: the one it gives itself ("a hacker group calling itself Black
     * Lotus") or the one others give it ("the hacking unit known as X", "a group tracked as X",
     * "hackers dubbed X").
     */
    private Optional<Mention> namedInClause(AnnotatedSentence s, int token, Set<EntityType> types) {
        if (!s.parsed()) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return Optional.empty();
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            IndexedWord verb = e.getDependent();
            String rel = e.getRelation().toString();
            // "a group it calls X", parsed as a relative clause or a loose dependent
            boolean relative = rel.equals("acl:relcl") || (rel.equals("dep") && verb.tag() != null && verb.tag().startsWith("VB"));
            if (!(rel.startsWith("acl") || relative) || verb.lemma() == null) continue;
            String lemma = verb.lemma().toLowerCase(Locale.ROOT);
            IndexedWord name = Lexicons.SELF_NAMING.contains(lemma) ? reflexiveName(g, verb) : null;
            boolean given = "VBN".equals(verb.tag()) || (relative && verb.tag().matches("VB[PZD]?"));
            if (name == null && given && Lexicons.NAMED_AS.contains(lemma)) name = givenName(g, verb);
            if (name == null) continue;
            Optional<Mention> named = nameAt(s, name.index() - 1, types);
            if (named.isPresent()) return named;
        }
        return Optional.empty();
    }

    /** X in "calling itself X" (also parsed with the name under the reflexive), or null. */
    private static IndexedWord reflexiveName(SemanticGraph g, IndexedWord verb) {
        boolean reflexive = false;
        IndexedWord name = null;
        for (SemanticGraphEdge c : g.outgoingEdgeIterable(verb)) {
            String rel = c.getRelation().toString();
            String word = c.getDependent().word().toLowerCase(Locale.ROOT);
            if (word.equals("itself") || word.equals("themselves")) {
                reflexive = true;
                for (SemanticGraphEdge n : g.outgoingEdgeIterable(c.getDependent())) {
                    String r = n.getRelation().toString();
                    if (r.equals("dep") || r.equals("appos") || r.equals("xcomp")) name = n.getDependent();
                }
            } else if (rel.equals("obj") || rel.equals("xcomp") || rel.startsWith("obl")) name = c.getDependent();
        }
        return reflexive ? name : null;
    }

    /** X in "known as X", "dubbed X", or null. */
    private static IndexedWord givenName(SemanticGraph g, IndexedWord verb) {
        for (SemanticGraphEdge c : g.outgoingEdgeIterable(verb)) {
            String rel = c.getRelation().toString();
            boolean as = rel.startsWith("obl") && "as".equals(Clauses.caseOf(g, c.getDependent()));
            String tag = c.getDependent().tag();
            // not the relative pronoun of "a group that researchers track as X"
            if ((as || rel.equals("xcomp") || rel.equals("obj")) && (tag == null || !tag.matches("WDT|WP|PRP"))) return c.getDependent();
        }
        return null;
    }

    /** The mention at a name's token, or the proper-noun phrase it heads. */
    private Optional<Mention> nameAt(AnnotatedSentence s, int token, Set<EntityType> types) {
        Optional<Mention> at = mentionAt(s, token, types);
        if (at.isPresent()) return at;
        return s.tokens().get(token).pos().startsWith("NNP") ? phrase(s, token) : Optional.empty();
    }

    /**
     * "An Islamic State affiliate", "al-Qaeda's Yemen branch": a branch of a named group is a party
     * of its own, named by the phrase up to the branch word (not the group it belongs to).
     */
    private Optional<Mention> branchOf(AnnotatedSentence s, int token, Set<EntityType> types) {
        Token t = s.tokens().get(token);
        if (!types.contains(EntityType.ORGANIZATION) || !t.pos().startsWith("NN")
                || !Lexicons.BRANCHES.contains(t.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        int from = token;
        while (from > 0 && s.tokens().get(from - 1).pos().matches("NNP.*|NN|JJ|POS|HYPH")) from--;
        for (int i = from; i < token; i++) {
            if (mentionAt(s, i, Set.of(EntityType.ORGANIZATION)).isPresent()) return Optional.of(argumentPhrase(s, EntityType.ORGANIZATION, from, token + 1));
        }
        // "a faction of the X", "the youth wing of X": the branch and the group it belongs to
        List<Token> words = s.tokens();
        if (token + 2 < words.size() && words.get(token + 1).word().equals("of")) {
            int name = words.get(token + 2).pos().equals("DT") ? token + 3 : token + 2;
            Optional<Mention> owner = name < words.size() ? mentionAt(s, name, Set.of(EntityType.ORGANIZATION)) : Optional.empty();
            if (owner.isPresent() && owner.get().tokenBegin() == name) {
                return Optional.of(argumentPhrase(s, EntityType.ORGANIZATION, token, owner.get().tokenEnd()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Patriotic Union" + "for the" + "Liberation of X": two organisation names NER split at a
     * "for" are one name; so is a name and the "al-X" token NER left off it. Returns the joined mention, or the mention itself.
     */
    Mention widened(AnnotatedSentence s, Mention m) {
        if (m.type() != EntityType.ORGANIZATION || m.sentence() != s.index()) return m;
        List<Token> t = s.tokens();
        Mention left = m;
        Mention right = m;
        for (Mention o : allMentions()) {
            if (o.sentence() != s.index() || o.type() != EntityType.ORGANIZATION || o == m) continue;
            if (!Character.isUpperCase(o.text().charAt(0)) || !Character.isUpperCase(m.text().charAt(0))) continue;
            if (joins(t, o.tokenEnd(), m.tokenBegin())) left = o;
            if (joins(t, m.tokenEnd(), o.tokenBegin())) right = o;
        }
        int endTok = right.tokenEnd();
        // "Ahl" + "al-Sabr": an Arabic article prefix carries the name on
        while (endTok < t.size() && t.get(endTok).word().matches("(?i)(al|el|ad|ar|as|ash|at|az|an|ul)-\\p{L}[\\p{L}'-]*")) endTok++;
        if (left == m) left = countryOf(s, m).orElse(m);
        if (left == m && right == m && endTok == m.tokenEnd()) return m;
        int b = left.begin();
        int e = t.get(endTok - 1).end();
        return interned(new Mention(article.textOf(b, e), EntityType.ORGANIZATION, s.index(), left.tokenBegin(), endTok,
                b, e, "argument-phrase"));
    }

    /**
     * "Pakistan's Foreign Ministry", "Ukraine's Security Service": the place whose possessive names
     * a state body's owner, which is part of its name: every country has a "Foreign Ministry".
     */
    private Optional<Mention> countryOf(AnnotatedSentence s, Mention body) {
        List<Token> t = s.tokens();
        int pos = body.tokenBegin() - 1;
        String[] words = body.text().toLowerCase(Locale.ROOT).split("\\s+");
        if (pos < 1 || !t.get(pos).word().matches("'s|’s") || !Lexicons.INSTITUTIONS.contains(words[words.length - 1])) return Optional.empty();
        // "Yemen's Houthi forces", "Syria's Assad regime": forces and regimes are often a group's or a man's, not the state's
        if (words[words.length - 1].matches("forces?|regime")) return Optional.empty();
        for (Mention o : allMentions()) {
            if (o.sentence() == s.index() && o.type() == EntityType.PLACE && o.tokenEnd() == pos) return Optional.of(o);
        }
        return Optional.empty();
    }

    private static boolean joins(List<Token> t, int from, int to) {
        if (from < 0 || to > t.size() || to - from < 1 || to - from > 2) return false;
        String first = t.get(from).word().toLowerCase(Locale.ROOT);
        // only "for": "X of the Y" is as often a part of a whole ("the Sahel branch of the Y") as one name
        if (!first.equals("for")) return false;
        return to - from == 1 || t.get(from + 1).word().equalsIgnoreCase("the");
    }

    Optional<Mention> mentionAt(AnnotatedSentence s, int token, Set<EntityType> types) {
        for (Mention m : allMentions()) {
            if (m.holds(s.index(), token) && types.contains(m.type())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The first mention inside the token's dependency subtree, not crossing a clause. */
    private Optional<Mention> mentionUnder(AnnotatedSentence s, int token, Set<EntityType> types) {
        Set<Integer> sub = phraseTokens(s, token);
        return allMentions().stream()
                .filter(m -> m.sentence() == s.index() && types.contains(m.type()) && sub.contains(m.tokenEnd() - 1))
                .min(Comparator.comparingInt(m -> Math.abs(m.tokenEnd() - 1 - token)));
    }

    private Optional<Mention> relativeHead(AnnotatedSentence s, int token, Set<EntityType> types) {
        if (!s.parsed()) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return Optional.empty();
        for (IndexedWord verb : g.getParents(w)) {
            for (SemanticGraphEdge e : g.incomingEdgeIterable(verb)) {
                if (e.getRelation().toString().startsWith("acl")) {
                    return mention(s, e.getGovernor().index() - 1, false, types);
                }
            }
        }
        return Optional.empty();
    }

    /** "groups", "organisations": a group noun in the plural, unless the lexicon lists the plural itself ("militants", "hackers"). */
    private static boolean pluralOfGroup(Token t) {
        return t.pos().equals("NNS") && !Lexicons.GROUP_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    static boolean isDefinite(AnnotatedSentence s, int token) {
        for (int i = token - 1; i >= Math.max(0, token - 4); i--) {
            String w = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this") || w.equals("that")) return true;
            // "the Red Dawn movement" names itself; only "the (militant) group" points back.
            if (!s.tokens().get(i).pos().matches("JJ.*|NN|NNS|VBN|HYPH")) return false;
        }
        return false;
    }

    /**
     * "The researchers" after "researchers with cybersecurity firm X": the body the same
     * description was tied to last, in this sentence or a few before.
     */
    private Optional<Mention> sameDescriptionBefore(AnnotatedSentence s, int token, Set<EntityType> types) {
        String lemma = s.tokens().get(token).lemma().toLowerCase(Locale.ROOT);
        List<AnnotatedSentence> sentences = article.sentences();
        for (int si = s.index(); si >= Math.max(0, s.index() - 6); si--) {
            AnnotatedSentence p = sentences.get(si);
            for (int i = (si == s.index() ? token : p.tokens().size()) - 1; i >= 0; i--) {
                Token t = p.tokens().get(i);
                if (t.lemma() == null || !t.lemma().toLowerCase(Locale.ROOT).equals(lemma)) continue;
                Optional<Mention> under = mentionUnder(p, i, types);
                if (under.isPresent() && under.get().type() == EntityType.ORGANIZATION && under.get().tokenBegin() > i) return under;
            }
        }
        return Optional.empty();
    }

    /** The nearest mention of a type before the token, in this sentence or a few before. */
    Optional<Mention> antecedent(AnnotatedSentence s, int token, Set<EntityType> types) {
        int begin = s.tokens().get(token).begin();
        List<Mention> before = allMentions().stream()
                .filter(m -> m.sentence() >= 0 && m.sentence() <= s.index() && m.sentence() >= s.index() - LOOKBACK_SENTENCES)
                .filter(m -> m.end() <= begin && types.contains(m.type()) && !describedPeople(m)
                        && (types.contains(EntityType.MEDIA_OUTLET) || !outletName(m))
                        && !Lexicons.PLATFORMS.contains(m.text().toLowerCase(Locale.ROOT)))
                .toList();
        Optional<Mention> nearest = before.stream().max(Comparator.comparingInt(Mention::begin));
        if (!types.equals(Set.of(EntityType.PERSON))) return nearest;
        // "Army spokesman X said a car exploded near a mosque on the birthday of the Prophet Y. 'Z',
        // he said": a person pronoun or description stands for the person a sentence was about (its
        // subject) before a person it merely names.
        Optional<Mention> subject = before.stream().filter(this::isSubject).max(Comparator.comparingInt(Mention::begin));
        return subject.isPresent() ? subject : nearest;
    }

    /** Whether a mention is its clause's subject: a token of it hangs from a word outside it as nsubj. */
    private boolean isSubject(Mention m) {
        AnnotatedSentence s = article.sentences().get(m.sentence());
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        for (int i = m.tokenBegin(); i < m.tokenEnd(); i++) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            if (w == null) continue;
            for (SemanticGraphEdge e : g.incomingEdgeIterable(w)) {
                int gov = e.getGovernor().index() - 1;
                if (e.getRelation().toString().startsWith("nsubj") && (gov < m.tokenBegin() || gov >= m.tokenEnd())) return true;
            }
        }
        return false;
    }

    /** "Nouakchott News Agency", "Sahil TV": a name an outlet goes by, which "the group" does not mean. */
    private static boolean outletName(Mention m) {
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        return endsAnOutletName(words[words.length - 1]);
    }

    /** A last word (lower case) that makes a name an outlet's: "News Agency", "Sahil TV", "The X Times". */
    static boolean endsAnOutletName(String last) {
        return Lexicons.OUTLET_HEADS.contains(last) || Lexicons.OUTLET_NAME_WORDS.contains(last);
    }

    /** "officials", "security sources": people described, whom "it" or "the group" never refers to. */
    private static boolean describedPeople(Mention m) {
        if (!m.source().equals("argument-phrase")) return false;
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        return Lexicons.DESCRIBED_PEOPLE.contains(words[words.length - 1]);
    }

    /** The noun phrase headed by the token as a new mention: "armed separatists", "Kenyan officials". */
    private Optional<Mention> phrase(AnnotatedSentence s, int token) {
        Token head = s.tokens().get(token);
        if (!head.pos().startsWith("NN") || head.ner().equals("LOCATION")
                || Lexicons.TIME_WORDS.contains(head.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        int from = token;
        while (from > 0) {
            Token prev = s.tokens().get(from - 1);
            if (prev.pos().matches("JJ|NNP.?|NN|VBN") && !prev.word().matches("\\p{Punct}+")) from--;
            else break;
        }
        // "Islamist group Lashkar-e-Taiba", "the hacker collective New World Hackers": a name after a
        // lower-case common noun that describes it is the name alone ("radical Islamists" stays whole)
        if (head.pos().startsWith("NNP")) {
            for (int k = token - 1; k >= from; k--) {
                Token d = s.tokens().get(k);
                if (Character.isLowerCase(d.word().charAt(0)) && d.pos().matches("NNS?")) {
                    from = k + 1;
                    break;
                }
            }
        }
        // A bare common noun ("gunmen", "attackers") names no one in particular: only plural groups
        // and capitalised phrases are kept as parties.
        // Groups and proper names only: "armed separatists", "Kenyan officials", "the Red Dawn movement";
        // a singular common noun ("a French translation", "the attack") names no party.
        boolean properInside = false;
        for (int i = from; i < token; i++) if (s.tokens().get(i).pos().startsWith("NNP")) properInside = true;
        boolean named = (from > 0 && Character.isUpperCase(s.tokens().get(from).word().charAt(0))) || head.pos().startsWith("NNP");
        if (!head.pos().matches("NNS|NNPS|NNP") && !properInside) return Optional.empty();
        if (!named && from == token) return Optional.empty();
        EntityType type = head.pos().startsWith("NNP") && head.ner().equals("PERSON") ? EntityType.PERSON
                : mediaHead(s, from, token) ? EntityType.MEDIA_OUTLET : EntityType.ORGANIZATION;
        return Optional.of(argumentPhrase(s, type, from, token + 1));
    }

    /** "State media", "local newspapers", "the state news agency": a phrase an outlet heads ("intelligence agency" is none). */
    private static boolean mediaHead(AnnotatedSentence s, int from, int head) {
        return Lexicons.MEDIA_NOUNS.contains(s.tokens().get(head).lemma().toLowerCase(Locale.ROOT))
                && !s.tokens().get(head).pos().startsWith("NNP") && !otherAgency(s, from, head);
    }

    /**
     * An agency no news agency: any body has an agency ("Afghanistan's intelligence agency", "the
     * space agency"), an outlet only with a news, press or wire word among tokens [from, head).
     */
    static boolean otherAgency(AnnotatedSentence s, int from, int head) {
        if (!s.tokens().get(head).lemma().equalsIgnoreCase("agency")) return false;
        for (int i = from; i < head; i++) if (Lexicons.NEWS_AGENCY_WORDS.contains(s.tokens().get(i).word().toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** Tokens [from, end) of a sentence as a mention the rules found ("argument-phrase"), one object per span. */
    Mention argumentPhrase(AnnotatedSentence s, EntityType type, int from, int end) {
        int b = s.tokens().get(from).begin();
        int e = s.tokens().get(end - 1).end();
        return interned(new Mention(article.textOf(b, e), type, s.index(), from, end, b, e, "argument-phrase"));
    }

    /** A mention found by a rule, kept with the article's (no check for an equal one: see {@link #interned}). */
    Mention keep(Mention m) {
        extra.add(m);
        return m;
    }

    /** The equal mention made before, or this one, kept: a span found twice is one mention. */
    private Mention interned(Mention m) {
        for (Mention x : extra) if (x.equals(m)) return x;
        extra.add(m);
        return m;
    }

    /** The tokens of the phrase a token heads (its dependency subtree, clauses excluded). */
    Set<Integer> phraseTokens(AnnotatedSentence s, int token) {
        Set<Integer> out = new TreeSet<>();
        out.add(token);
        if (!s.parsed()) return out;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w == null) return out;
        collect(g, w, out, true);
        return out;
    }

    /** The whole subtree of a token, clauses included (for statement content). */
    Set<Integer> subtree(AnnotatedSentence s, int token) {
        Set<Integer> out = new TreeSet<>();
        out.add(token);
        if (!s.parsed()) return out;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(token + 1);
        if (w != null) collect(g, w, out, false);
        return out;
    }

    private static void collect(SemanticGraph g, IndexedWord w, Set<Integer> out, boolean stopAtClauses) {
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            if (stopAtClauses && (rel.startsWith("acl") || rel.startsWith("advcl") || rel.equals("ccomp")
                    || rel.equals("parataxis") || rel.startsWith("conj") || rel.equals("appos"))) continue;
            if (out.add(e.getDependent().index() - 1)) collect(g, e.getDependent(), out, stopAtClauses);
        }
    }

    /** The mentions of a sentence of the given types, in text order. */
    List<Mention> mentionsIn(AnnotatedSentence s, Set<EntityType> types) {
        return allMentions().stream().filter(m -> m.sentence() == s.index() && types.contains(m.type()))
                .sorted(java.util.Comparator.comparingInt(Mention::begin)).toList();
    }

    List<Mention> allMentions() {
        List<Mention> all = new ArrayList<>(article.mentions());
        all.addAll(extra);
        return all;
    }

    Span span(AnnotatedSentence s, int from, int toExclusive) {
        int b = s.tokens().get(from).begin();
        int e = s.tokens().get(toExclusive - 1).end();
        return new Span(b, e, article.textOf(b, e));
    }

    Span span(AnnotatedSentence s, Set<Integer> tokens) {
        int min = tokens.stream().min(Integer::compare).orElseThrow();
        int max = tokens.stream().max(Integer::compare).orElseThrow();
        while (max > min && s.tokens().get(max).pos().matches("[.,:]|``|''")) max--;
        while (min < max && s.tokens().get(min).pos().matches("[.,:]|``|''")) min++;
        return span(s, min, max + 1);
    }
}
