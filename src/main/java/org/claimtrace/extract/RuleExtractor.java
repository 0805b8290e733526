package org.claimtrace.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.Fact.Certainty;
import org.claimtrace.extract.Fact.ReportKind;

/**
 * The extract stage: runs the rule book over each sentence and turns matches into facts.
 * The rules find the shape (cue and roles); this class decides what each role refers to, drops
 * negated cues ("no group has claimed"), grades hedges ("hinted at", "doubt about claims"),
 * and chains reports that nest in one sentence.
 */
public final class RuleExtractor implements FactExtractor {
    private static final Set<EntityType> ACTORS = EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.MEDIA_OUTLET);
    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.ORGANIZATION, EntityType.PERSON, EntityType.PLACE, EntityType.MEDIA_OUTLET);
    private static final Set<EntityType> ANY = EnumSet.allOf(EntityType.class);
    private static final Set<String> HEDGES = Set.of("hint", "suggest", "allege", "speculate", "imply", "may", "might",
            "could", "reportedly", "allegedly", "possibly", "purportedly", "apparently", "believe", "suspect", "likely");
    private static final Set<String> DOUBTS = Set.of("doubt", "question", "dispute", "skeptical", "sceptical", "deny",
            "reject", "dismiss", "unconfirmed", "unverified", "disproven", "false");

    private final RuleBook book;
    private final Matcher matcher;
    private final EventFinder events;

    public RuleExtractor(RuleBook book) {
        this.book = book;
        this.matcher = new Matcher(book);
        this.events = new EventFinder(book);
    }

    @Override
    public ExtractedArticle extract(AnnotatedArticle article) {
        Arguments args = new Arguments(article);
        List<EventMention> eventMentions = events.find(args);
        EventMention main = EventFinder.main(eventMentions);
        Context ctx = new Context(args, new OutletNames(args), new DescribedParties(args), eventMentions, main,
                Dateline.of(article.article()));
        List<Fact> facts = new ArrayList<>();
        List<Fact.OrgRelation> relations = new ArrayList<>();
        List<Fact.Statement> quotes = directQuotes(ctx);
        for (AnnotatedSentence s : article.sentences()) {
            List<Fact> sentenceFacts = new ArrayList<>();
            for (RuleMatch m : matcher.match(s)) {
                Optional<? extends Fact> f = switch (m.rule().kind()) {
                    case CLAIM -> claim(ctx, m);
                    case DENIAL -> denial(ctx, m);
                    case ATTRIBUTION -> attribution(ctx, m, quotes);
                    case REPORT -> report(ctx, m);
                    case STATEMENT -> statement(ctx, m, quotes);
                    case THREAT -> threat(ctx, m, relations);
                    case RELATION -> relation(ctx, m);
                    case FIGURE -> figure(ctx, m);
                };
                f.ifPresent(x -> {
                    if (x instanceof Fact.OrgRelation r) relations.add(r);
                    sentenceFacts.add(x);
                });
            }
            facts.addAll(dedupe(chainReports(sentenceFacts)));
        }
        facts.addAll(quotes);
        return new ExtractedArticle(article, withoutGroupDescriptionClaimants(facts), eventMentions, main, args.extraMentions());
    }

    /**
     * "Hacker group claims cyberattack" over "A hacker group calling itself Black Lotus claimed
     * ...": once the article names a claimant, a claim whose claimant is only a description of a
     * group ("hacker group") is that claim again, not a second claimant. Claims a report relays stay.
     */
    private static List<Fact> withoutGroupDescriptionClaimants(List<Fact> facts) {
        boolean named = facts.stream().anyMatch(f -> f instanceof Fact.Claim c && !isGroupDescription(c.claimant()));
        if (!named) return facts;
        Set<Fact> relayed = new java.util.HashSet<>();
        for (Fact f : facts) if (f instanceof Fact.Report r && r.reported() != null) relayed.add(r.reported());
        return facts.stream()
                .filter(f -> !(f instanceof Fact.Claim c && isGroupDescription(c.claimant()) && !relayed.contains(c)))
                .toList();
    }

    private static boolean isGroupDescription(Mention m) {
        if (!m.source().equals("argument-phrase")) return false;
        String[] words = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        String last = words[words.length - 1];
        return Arguments.GROUP_NOUNS.contains(last) || (last.endsWith("s") && Arguments.GROUP_NOUNS.contains(last.substring(0, last.length() - 1)));
    }

    private record Context(Arguments args, OutletNames outlets, DescribedParties parties, List<EventMention> events,
                           EventMention main, Dateline dateline) {}

    /**
     * The dateline that opens an article ("CITY, Country, Date (Agency) -", "CITY, Region -"): where
     * it is, and the publisher it names with the metadata's, so neither the city nor the agency is
     * taken for a party to the facts of the first sentence, and what the article's own outlet was
     * told is not a relay.
     */
    private record Dateline(int begin, int end, List<String> publishers) {
        private static final java.util.regex.Pattern WIRE = java.util.regex.Pattern.compile(
                "(?m)^[ \\t]*\\p{Lu}[^()\\n]{1,60}?\\(([^()\\n]{2,40})\\)\\s*[-\u2013\u2014]+");

        private static final java.util.regex.Pattern CITY = java.util.regex.Pattern.compile(
                "(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .'-]{2,40}(?:,[ \\t]*[\\p{L}. ]{2,30}?)?[ \\t]+[-\u2013\u2014]+[ \\t]");

        static Dateline of(org.claimtrace.source.Article a) {
            List<String> names = new ArrayList<>();
            int begin = -1;
            int end = -1;
            if (a.meta() != null && a.meta().publisher() != null) names.add(a.meta().publisher());
            for (var span : a.spans()) {
                if (span.kind() == org.claimtrace.source.MetaSpan.Kind.DATELINE && span.value() != null) {
                    names.add(span.value());
                    begin = span.begin();
                    end = span.end();
                }
            }
            String head = a.text().substring(0, Math.min(a.text().length(), 1500));
            var m = WIRE.matcher(head);
            if (m.find()) {
                names.add(m.group(1));
                begin = m.start();
                end = m.end();
            } else if (end < 0) {
                // "CITY, Region - ": a dateline without an agency still names only where the story was filed
                var city = CITY.matcher(head);
                if (city.find()) {
                    begin = city.start();
                    end = city.end();
                }
            }
            return new Dateline(begin, end, names.stream().map(Dateline::key).toList());
        }

        boolean names(Mention m) {
            return publishers.contains(key(m.text()));
        }

        boolean covers(Mention m) {
            return m.begin() >= begin && m.end() <= end;
        }

        private static String key(String name) {
            return name.strip().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        }
    }

    // ---------------------------------------------------------------- claims and denials

    private Optional<Fact.Claim> claim(Context ctx, RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        int cue = m.head("cue");
        if (negated(s, cue) || (m.has("agent") && negatedNoun(s, m.head("agent")))) return Optional.empty();
        Optional<Mention> claimant = m.has("agent")
                ? ctx.args.mention(s, m.head("agent"), true, ACTORS)
                : governingSubject(ctx, s, cue);
        if (claimant.isPresent() && ctx.dateline.covers(claimant.get())) claimant = Optional.empty();
        if (claimant.isEmpty()) claimant = nearestBefore(ctx, s, cue, EnumSet.of(EntityType.ORGANIZATION))
                .filter(c -> !ctx.dateline.covers(c));
        if (claimant.isEmpty() || claimant.get().type() == EntityType.PLACE) return Optional.empty();
        claimant = Optional.of(ctx.args.widened(s, claimant.get()));
        int around = m.has("obj") ? m.head("obj") : cue;
        Mention channel = channelUnder(ctx, s, new java.util.TreeSet<>(List.of(cue, around)), claimant.get());
        double conf = m.rule().confidence() * (m.has("agent") ? 1.0 : 0.8);
        return Optional.of(new Fact.Claim(claimant.get(), eventFor(ctx, m), channel, evidence(ctx, m, conf)));
    }

    private Optional<Fact.Denial> denial(Context ctx, RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        if (negated(s, m.head("cue"))) return Optional.empty();
        return ctx.args.mention(s, m.head("agent"), true, ACTORS)
                .map(d -> new Fact.Denial(d, eventFor(ctx, m), evidence(ctx, m, m.rule().confidence())));
    }

    // ---------------------------------------------------------------- attributions

    private Optional<Fact.Attribution> attribution(Context ctx, RuleMatch m, List<Fact.Statement> quotes) {
        AnnotatedSentence s = m.sentence();
        int cue = m.head("cue") >= 0 && m.has("cue") ? m.head("cue") : m.head("party");
        if (m.has("cue") && negated(s, cue)) return Optional.empty();
        int partyHead = ctx.parties.bodyOfMembers(s, m.head("party"));
        Optional<Mention> party = ctx.parties.possessedInstitution(s, partyHead);
        if (party.isEmpty()) party = ctx.args.mention(s, partyHead, partyHead != m.head("party"), PARTIES);
        if (party.isEmpty()) party = ctx.parties.describedCulprit(s, m.head("party"));
        if (party.isEmpty()) party = ctx.args.mention(s, m.head("party"), true, PARTIES);
        party = party.map(p -> ctx.args.widened(s, p));
        if (party.isEmpty()) return Optional.empty();
        List<ChainEdge> chain = clauseChain(s, cue, m.head("party"));
        Mention attributor = attributorOf(ctx, s, cue, quotes, chain).filter(x -> !ctx.dateline.covers(x)).orElse(null);
        // "The army suspected X": someone is named as blaming, but not by a name we can tell; that is
        // no anonymous attribution, so none is recorded rather than one by "(none)".
        if (attributor == null && unnamedSubject(chain)) return Optional.empty();
        if (attributor != null && sameName(attributor, party.get())) return Optional.empty();
        Certainty certainty = certainty(s, cue);
        double conf = m.rule().confidence() * (certainty == Certainty.ASSERTED ? 1.0 : 0.8);
        return Optional.of(new Fact.Attribution(attributor, eventFor(ctx, m), party.get(), certainty, evidence(ctx, m, conf)));
    }

    /**
     * Who does the blaming: the cue's subject; for a cue inside quoted or reported speech, the
     * speaker; for "X's claims linking ...", X; for a participle, the subject of its clause.
     */
    private Optional<Mention> attributorOf(Context ctx, AnnotatedSentence s, int cue, List<Fact.Statement> quotes, List<ChainEdge> chain) {
        int at = s.tokens().get(cue).begin();
        for (Fact.Statement q : quotes) {
            if (q.content().begin() <= at && at < q.content().end() && q.source() != null) return Optional.of(q.source());
        }
        for (ChainEdge c : chain) {
            String rel = c.edge().getRelation().toString();
            IndexedWord d = c.edge().getDependent();
            if (rel.equals("nsubj") || rel.equals("obl:agent")) {
                Optional<Mention> sub = ctx.args.mention(s, d.index() - 1, true, ACTORS_AND_PLACES);
                if (sub.isPresent() && !isEventWord(d)) return sub;
            }
            // "claims linking the attack to X": the claims' owner is the attributor.
            if (rel.equals("nmod:poss") || (rel.equals("compound") && c.hops() > 0) || (rel.equals("nmod") && c.hops() > 0)) {
                Optional<Mention> owner = ctx.args.mentionAt(s, d.index() - 1, ACTORS_AND_PLACES);
                if (owner.isPresent()) return owner;
            }
        }
        return Optional.empty();
    }

    private static final Set<EntityType> ACTORS_AND_PLACES = PARTIES;

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
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                IndexedWord d = e.getDependent();
                if (d.equals(from) || d.index() - 1 == party || (d.tag() != null && d.tag().startsWith("VB"))) continue;
                out.add(new ChainEdge(hops, e));
            }
            from = w;
            w = g.getParent(w);
        }
        return out;
    }

    /** A subject on the cue's clause chain that is not the event itself: someone blames, though not by a name. */
    private boolean unnamedSubject(List<ChainEdge> chain) {
        for (ChainEdge c : chain) {
            String rel = c.edge().getRelation().toString();
            IndexedWord d = c.edge().getDependent();
            // a bare plural ("Prosecutors said") is an unnamed many, as good as no one; "the army" is someone
            if ((rel.equals("nsubj") || rel.equals("obl:agent")) && !isEventWord(d) && !"NNS".equals(d.tag())
                    && !(d.word().equalsIgnoreCase("it") || d.word().equalsIgnoreCase("this"))) return true;
        }
        return false;
    }

    private boolean isEventWord(IndexedWord w) {
        return book.inLexicon("EVENT", w.lemma() == null ? w.word() : w.lemma());
    }

    private Certainty certainty(AnnotatedSentence s, int cue) {
        String cueLemma = s.tokens().get(cue).lemma().toLowerCase(Locale.ROOT);
        for (int i = Math.max(0, cue - 6); i < Math.min(s.tokens().size(), cue + 2); i++) {
            if (DOUBTS.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))) return Certainty.DOUBTED;
        }
        if (HEDGES.contains(cueLemma)) return Certainty.HEDGED;
        for (int i = Math.max(0, cue - 4); i < cue; i++) {
            if (HEDGES.contains(s.tokens().get(i).lemma().toLowerCase(Locale.ROOT))) return Certainty.HEDGED;
        }
        return Certainty.ASSERTED;
    }

    // ---------------------------------------------------------------- reports

    private Optional<Fact.Report> report(Context ctx, RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        if (negated(s, m.head("cue"))) return Optional.empty();
        Optional<Mention> reporter = reporterMention(ctx, s, m);
        if (reporter.isEmpty() || ctx.dateline.names(reporter.get()) || ctx.dateline.covers(reporter.get())) return Optional.empty();
        if (m.rule().tokens() == null && (ownChannel(ctx, s, m.head("reporter"))
                || platformOfAnAgent(s, m.head("cue"), m.head("reporter")))) return Optional.empty();
        boolean outlet = reporter.get().type() == EntityType.MEDIA_OUTLET;
        String verb = s.tokens().get(m.head("cue")).lemma().toLowerCase(Locale.ROOT);
        // People and organisations relay ("highlighted", "relayed by a monitoring group"); only
        // outlets "report" or are cited "according to".
        boolean actorRelay = (reporter.get().type() == EntityType.PERSON || reporter.get().type() == EntityType.ORGANIZATION)
                && Set.of("highlight", "share", "post", "repost", "circulate", "amplify", "relay", "spread").contains(verb)
                // a person or group relays "by" or as subject; "circulated in Beni" names a place, whatever NER says
                && !(m.rule().tokens() == null && s.parsed() && caseOf(s.dependencies(),
                        s.dependencies().getNodeByIndexSafe(m.head("reporter") + 1)).matches("on|in|across|through|via"));
        if (!outlet && !actorRelay) return Optional.empty();
        Mention subject = m.has("subject") ? ctx.args.mention(s, m.head("subject"), false, ACTORS).orElse(null) : null;
        if (subject == null) subject = firstOther(ctx, s, reporter.get(), EnumSet.of(EntityType.ORGANIZATION));
        return Optional.of(new Fact.Report(reporter.get(), ReportKind.STATEMENT, null, subject,
                evidence(ctx, m, m.rule().confidence())));
    }

    private Optional<Mention> reporterMention(Context ctx, AnnotatedSentence s, RuleMatch m) {
        int[] r = m.roles().get("reporter");
        if (m.rule().tokens() != null) {
            for (int i = r[1] - 1; i >= r[0]; i--) {
                Optional<Mention> at = ctx.args.mentionAt(s, i, ACTORS);
                if (at.isPresent()) return at;
            }
            return Optional.empty();
        }
        // "the news agency X": the name in apposition, not a word that modifies the outlet noun.
        Optional<Mention> named = ctx.outlets.outletNamed(s, m.head("reporter"));
        if (named.isPresent() && ctx.outlets.isOutletNoun(s, m.head("reporter"))) return named;
        Optional<Mention> found = ctx.args.mention(s, m.head("reporter"), false, ACTORS);
        // "state radio X", "Radio X": an outlet by its name's shape, where the annotator saw none
        if (named.isPresent() && (found.isEmpty() || found.get().type() != EntityType.MEDIA_OUTLET)) return named;
        return found;
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
        if (v == null || r == null || !caseOf(g, r).matches("on|in|across|via|through")) return false;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(v)) {
            if (e.getRelation().toString().startsWith("obl") && !e.getDependent().equals(r) && caseOf(g, e.getDependent()).equals("by")) return true;
        }
        return false;
    }

    private static String caseOf(SemanticGraph g, IndexedWord w) {
        if (w == null) return "";
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("case")) return e.getDependent().word().toLowerCase(Locale.ROOT);
        }
        return "";
    }

    /**
     * "posted on its Telegram channel", "on the website of the Front": a platform or outlet that is
     * the group's own is the channel its message went out on, not a third party relaying it.
     */
    private boolean ownChannel(Context ctx, AnnotatedSentence s, int head) {
        if (!s.parsed()) return false;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        if (w == null) return false;
        List<IndexedWord> heads = new ArrayList<>(List.of(w));
        // "Sahil TV, the group's own station": the apposition says whose it is.
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().equals("appos")) heads.add(e.getDependent());
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

    /** Reports in one sentence nest: "X, highlighted by A, ..., as reported by B": B reports A's report. */
    private static List<Fact> chainReports(List<Fact> facts) {
        List<Fact.Report> reports = facts.stream().filter(f -> f instanceof Fact.Report).map(f -> (Fact.Report) f).toList();
        if (reports.isEmpty()) return facts;
        List<Fact> others = facts.stream().filter(f -> !(f instanceof Fact.Report)).toList();
        Fact.Claim claim = others.stream().filter(f -> f instanceof Fact.Claim).map(f -> (Fact.Claim) f).findFirst().orElse(null);
        // One report per reporter, the sentence-level reading ("as reported by X") first.
        List<Fact.Report> distinct = new ArrayList<>();
        for (Fact.Report r : reports.stream().sorted(Comparator.comparing((Fact.Report r) -> !isOuter(r))).toList()) {
            if (distinct.stream().noneMatch(d -> d.reporter().equals(r.reporter()))) distinct.add(r);
        }
        // Outer reports (sentence-level "as reported by", "according to") wrap the inner ones, and
        // among the inner ones the earlier relay is the nearer to the source.
        distinct.sort(Comparator.comparing(RuleExtractor::isOuter).thenComparingInt(r -> r.evidence().cue().begin()));
        List<Fact> out = new ArrayList<>(others);
        Fact inner = claim;
        for (Fact.Report r : distinct) {
            Fact.Report chained = inner == null ? r : new Fact.Report(r.reporter(),
                    inner instanceof Fact.Claim ? ReportKind.CLAIM : r.kind(), inner,
                    r.subject() != null ? r.subject() : inner instanceof Fact.Claim c ? c.claimant() : null, r.evidence());
            inner = chained;
        }
        out.add(inner);
        if (claim != null) out.remove(claim);
        return out;
    }

    private static boolean isOuter(Fact.Report r) {
        String rule = r.evidence().rule();
        return rule.equals("report.as-reported-by") || rule.equals("report.according-to") || rule.equals("report.citing")
                || rule.equals("report.citing-tokens");
    }

    // ---------------------------------------------------------------- statements

    private Optional<Fact.Statement> statement(Context ctx, RuleMatch m, List<Fact.Statement> quotes) {
        AnnotatedSentence s = m.sentence();
        int[] agentRange = m.roles().get("agent");
        Optional<Mention> source;
        Span sourceSpan;
        Span content;
        if (m.rule().tokens() != null) {
            source = Optional.empty();
            for (int i = agentRange[1] - 1; i >= agentRange[0] && source.isEmpty(); i--) {
                source = ctx.args.mentionAt(s, i, ACTORS);
            }
            if (source.isPresent() && source.get().type() == EntityType.MEDIA_OUTLET) return Optional.empty();
            if (source.isEmpty()) source = ctx.args.mention(s, agentRange[1] - 1, true, ACTORS);
            sourceSpan = ctx.args.span(s, agentRange[0], agentRange[1]);
            content = restOfSentence(ctx, s, m.roles().get("cue")[0], agentRange[1]);
            if (content == null) return Optional.empty();
        } else {
            int agent = m.head("agent");
            if (negated(s, m.head("cue"))) return Optional.empty();
            source = ctx.args.mention(s, agent, true, ACTORS);
            sourceSpan = ctx.args.span(s, ctx.args.phraseTokens(s, agent));
            content = ctx.args.span(s, ctx.args.subtree(s, m.head("content")));
        }
        int cueFrom = m.roles().get("cue")[0];
        int cueTo = m.rule().tokens() != null ? m.roles().get("cue")[1] : cueFrom + 1;
        Span cue = ctx.args.span(s, cueFrom, cueTo);
        Span contentSpan = content;
        boolean insideQuote = quotes.stream().anyMatch(q -> overlaps(q.content(), contentSpan));
        if (insideQuote) return Optional.empty();
        return Optional.of(new Fact.Statement(source.orElse(null), sourceSpan, cue, content, false,
                new Evidence(s.index(), sentenceSpan(ctx, s), cue, m.rule().id(), m.rule().confidence())));
    }

    /** The clause an "according to X" phrase attaches to: the sentence without the phrase. */
    private Span restOfSentence(Context ctx, AnnotatedSentence s, int phraseFrom, int phraseTo) {
        List<Token> t = s.tokens();
        int from = 0;
        int to = t.size();
        if (phraseFrom == 0) {
            from = phraseTo;
            while (from < to && t.get(from).pos().matches("[,:]")) from++;
        } else {
            to = phraseFrom;
            while (to > from && t.get(to - 1).pos().matches("[,:]")) to--;
        }
        while (to > from && t.get(to - 1).pos().matches("[.]")) to--;
        if (to - from < 3) return null;
        return ctx.args.span(s, from, to);
    }

    /** Direct quotations and their speakers ("...," he said / X said: "..."). */
    private List<Fact.Statement> directQuotes(Context ctx) {
        List<Fact.Statement> out = new ArrayList<>();
        AnnotatedArticle a = ctx.args.article();
        for (Span q : QuoteReader.quotes(a.article().text())) {
            AnnotatedSentence last = sentenceAt(a, q.end());
            AnnotatedSentence first = sentenceAt(a, q.begin());
            if (last == null || first == null) continue;
            Speaker sp = speakerAfter(ctx, last, q.end() + 1);
            if (sp == null) sp = speakerBefore(ctx, first, q.begin() - 1);
            if (sp == null) continue;
            out.add(new Fact.Statement(sp.source, sp.span, sp.cue, q, true,
                    new Evidence(last.index(), new Span(Math.min(q.begin(), sp.span.begin()), Math.max(q.end(), sp.cue.end()),
                            a.textOf(Math.min(q.begin(), sp.span.begin()), Math.max(q.end(), sp.cue.end()))),
                            sp.cue, "quote.direct", sp.source == null ? 0.6 : 0.85)));
        }
        return out;
    }

    private record Speaker(Mention source, Span span, Span cue) {}

    /** '"...," he said' / '..." the message states': a speech verb right after the quote, and its subject. */
    private Speaker speakerAfter(Context ctx, AnnotatedSentence s, int after) {
        List<Token> t = s.tokens();
        for (Token tok : t) {
            if (tok.begin() < after) continue;
            if (tok.begin() > after + 60) break;
            if (tok.pos().startsWith("VB") && book.inLexicon("SAY", tok.lemma().toLowerCase(Locale.ROOT))) {
                return speakerOf(ctx, s, tok.index());
            }
        }
        return null;
    }

    /** 'X said: "..."' / 'X warned that "..."': a speech verb right before the quote. */
    private Speaker speakerBefore(Context ctx, AnnotatedSentence s, int before) {
        List<Token> t = s.tokens();
        for (int i = t.size() - 1; i >= 0; i--) {
            Token tok = t.get(i);
            if (tok.end() > before) continue;
            if (tok.end() < before - 40) break;
            if (tok.pos().startsWith("VB") && book.inLexicon("SAY", tok.lemma().toLowerCase(Locale.ROOT))) {
                return speakerOf(ctx, s, tok.index());
            }
        }
        return null;
    }

    private Speaker speakerOf(Context ctx, AnnotatedSentence s, int verb) {
        Span cue = ctx.args.span(s, verb, verb + 1);
        int subj = subjectOf(s, verb);
        if (subj < 0) {
            // Inverted "said the spokesman": the noun after the verb.
            if (verb + 1 < s.tokens().size() && s.tokens().get(verb + 1).pos().matches("DT|NNP.*")) subj = verb + 1;
            else return null;
        }
        Optional<Mention> src = ctx.args.mention(s, subj, false, ACTORS);
        return new Speaker(src.orElse(null), ctx.args.span(s, ctx.args.phraseTokens(s, subj)), cue);
    }

    private static int subjectOf(AnnotatedSentence s, int verb) {
        if (!s.parsed()) return -1;
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(verb + 1);
        if (w == null) return -1;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            if (e.getRelation().toString().startsWith("nsubj")) return e.getDependent().index() - 1;
        }
        return -1;
    }

    private static AnnotatedSentence sentenceAt(AnnotatedArticle a, int offset) {
        for (AnnotatedSentence s : a.sentences()) if (s.begin() <= offset && offset <= s.end()) return s;
        return null;
    }

    // ---------------------------------------------------------------- threats, relations, figures

    private Optional<Fact.Threat> threat(Context ctx, RuleMatch m, List<Fact.OrgRelation> relations) {
        AnnotatedSentence s = m.sentence();
        int cue = m.head("cue");
        if (negated(s, cue)) return Optional.empty();
        Optional<Mention> who = m.has("agent") ? ctx.args.mention(s, m.head("agent"), false, ACTORS) : governingSubject(ctx, s, cue);
        Optional<Mention> target = ctx.args.mention(s, m.head("target"), false, PARTIES);
        if (who.isEmpty() || target.isEmpty() || sameName(who.get(), target.get())) return Optional.empty();
        Mention threatener = who.get();
        Mention channel = null;
        if (threatener.type() == EntityType.MEDIA_OUTLET) {
            // A group's media arm making the threat: the group threatens, through its outlet.
            channel = threatener;
            Mention outlet = threatener;
            threatener = relations.stream().filter(r -> sameName(r.subject(), outlet)).map(Fact.OrgRelation::object)
                    .findFirst().orElse(threatener);
            if (threatener == outlet) channel = null;
        }
        return Optional.of(new Fact.Threat(threatener, target.get(), channel, evidence(ctx, m, m.rule().confidence())));
    }

    private Optional<Fact.OrgRelation> relation(Context ctx, RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        boolean branch = m.has("branch");
        Optional<Mention> sub = branch ? ctx.args.mention(s, m.head("branch"), false, EnumSet.of(EntityType.ORGANIZATION))
                : ctx.args.mentionAt(s, m.head("outlet"), EnumSet.of(EntityType.MEDIA_OUTLET));
        Optional<Mention> owner = ctx.args.mention(s, m.head("owner"), false, EnumSet.of(EntityType.ORGANIZATION));
        if (sub.isEmpty() || owner.isEmpty() || sameName(sub.get(), owner.get())) return Optional.empty();
        return Optional.of(new Fact.OrgRelation(sub.get(), branch ? "branch of" : "media outlet of", owner.get(),
                evidence(ctx, m, m.rule().confidence())));
    }

    private Optional<Fact.Figure> figure(Context ctx, RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        String kind = null;
        for (Token t : s.tokens()) {
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (l.matches("death|dead|kill|die|life|fatality|body|toll")) kind = "deaths";
            else if (kind == null && l.matches("injure|wound|hurt|injury")) kind = "injuries";
        }
        if (kind == null) return Optional.empty();
        String num = ctx.args.span(s, m.roles().get("num")[0], m.roles().get("num")[1]).text();
        long quantity = parseNumber(num);
        if (quantity < 0) return Optional.empty();
        String qualifier = m.has("qual") && m.roles().get("qual")[1] > m.roles().get("qual")[0]
                ? ctx.args.span(s, m.roles().get("qual")[0], m.roles().get("qual")[1]).text() : null;
        String value = qualifier == null ? num : qualifier + " " + num;
        Mention givenBy = null;
        for (int i = 0; i + 2 < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equalsIgnoreCase("according")) {
                for (int k = i + 2; k < Math.min(s.tokens().size(), i + 8) && givenBy == null; k++) {
                    givenBy = ctx.args.mentionAt(s, k, ACTORS).orElse(null);
                }
            }
        }
        return Optional.of(new Fact.Figure(kind, value, quantity, qualifier, ctx.main,
                givenBy, evidence(ctx, m, m.rule().confidence())));
    }

    private static long parseNumber(String s) {
        String t = s.replace(",", "").toLowerCase(Locale.ROOT);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            List<String> words = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                    "nineteen", "twenty");
            int i = words.indexOf(t);
            if (i >= 0) return i;
            Map<String, Long> tens = new LinkedHashMap<>(Map.of("thirty", 30L, "forty", 40L, "fifty", 50L, "sixty", 60L,
                    "seventy", 70L, "eighty", 80L, "ninety", 90L, "hundred", 100L, "dozen", 12L, "dozens", 24L));
            return tens.getOrDefault(t, -1L);
        }
    }

    // ---------------------------------------------------------------- shared helpers

    private Evidence evidence(Context ctx, RuleMatch m, double confidence) {
        AnnotatedSentence s = m.sentence();
        int[] cue = m.roles().getOrDefault("cue", m.roles().values().iterator().next());
        int cueTo = m.rule().tokens() != null ? cue[1] : cue[0] + 1;
        return new Evidence(s.index(), sentenceSpan(ctx, s), ctx.args.span(s, cue[0], cueTo), m.rule().id(),
                Math.min(1.0, confidence));
    }

    private static Span sentenceSpan(Context ctx, AnnotatedSentence s) {
        return new Span(s.begin(), s.end(), s.text());
    }

    /** The event a fact is about: the event noun the rule found, one in the sentence, or the article's main event. */
    private EventMention eventFor(Context ctx, RuleMatch m) {
        AnnotatedSentence s = m.sentence();
        if (m.has("event")) {
            int e = m.head("event");
            for (EventMention em : ctx.events) {
                if (em.sentence() == s.index() && s.tokens().get(e).begin() >= em.span().begin()
                        && s.tokens().get(e).end() <= em.span().end()) return em;
            }
        }
        for (EventMention em : ctx.events) if (em.sentence() == s.index()) return em;
        return ctx.main;
    }

    /** A cue with "not", "never" or "no" on it, or "failed to": the fact is not stated. */
    private static boolean negated(AnnotatedSentence s, int token) {
        if (s.parsed()) {
            SemanticGraph g = s.dependencies();
            IndexedWord w = g.getNodeByIndexSafe(token + 1);
            if (w != null) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
                    String rel = e.getRelation().toString();
                    String l = e.getDependent().word().toLowerCase(Locale.ROOT);
                    if (rel.equals("neg") || (rel.equals("advmod") && (l.equals("not") || l.equals("never") || l.equals("n't")))) return true;
                    if ((rel.startsWith("nsubj") || rel.equals("obj")) && negatedNoun(s, e.getDependent().index() - 1)) return true;
                }
            }
        }
        for (int i = Math.max(0, token - 3); i < token; i++) {
            String l = s.tokens().get(i).word().toLowerCase(Locale.ROOT);
            if (l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("yet")) return true;
        }
        return false;
    }

    /** "no group", "nobody", "none of": a subject that says no one did it. */
    private static boolean negatedNoun(AnnotatedSentence s, int token) {
        String w = s.tokens().get(token).word().toLowerCase(Locale.ROOT);
        if (w.equals("nobody") || w.equals("none") || w.equals("no-one")) return true;
        return token > 0 && s.tokens().get(token - 1).word().equalsIgnoreCase("no");
    }

    /** The subject of the clause a non-finite cue hangs from ("..., vowing revenge": the main subject). */
    private Optional<Mention> governingSubject(Context ctx, AnnotatedSentence s, int cue) {
        if (!s.parsed()) return Optional.empty();
        SemanticGraph g = s.dependencies();
        IndexedWord w = g.getNodeByIndexSafe(cue + 1);
        for (int hops = 0; w != null && hops < 3; hops++) {
            IndexedWord parent = g.getParent(w);
            if (parent == null) break;
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(parent)) {
                if (e.getRelation().toString().startsWith("nsubj")) {
                    Optional<Mention> m = ctx.args.mention(s, e.getDependent().index() - 1, false, ACTORS);
                    if (m.isPresent()) return m;
                }
            }
            w = parent;
        }
        return Optional.empty();
    }

    private static Optional<Mention> nearestBefore(Context ctx, AnnotatedSentence s, int token, Set<EntityType> types) {
        return ctx.args.allMentions().stream()
                .filter(m -> m.sentence() == s.index() && m.tokenEnd() <= token && types.contains(m.type()))
                .reduce((a, b) -> b);
    }

    /** A media outlet in a "through/via/on X" phrase under the cue or its object. */
    private Mention channelUnder(Context ctx, AnnotatedSentence s, Set<Integer> heads, Mention claimant) {
        for (int h : heads) {
            Set<Integer> sub = ctx.args.subtree(s, h);
            for (Mention m : ctx.args.allMentions()) {
                if (m.sentence() != s.index() || m.type() != EntityType.MEDIA_OUTLET || !sub.contains(m.tokenBegin())) continue;
                if (sameName(m, claimant)) continue;
                int k = m.tokenBegin() - 1;
                while (k >= 0 && k > m.tokenBegin() - 5) {
                    String w = s.tokens().get(k).word().toLowerCase(Locale.ROOT);
                    if (w.equals("through") || w.equals("via") || w.equals("on") || w.equals("in")) return m;
                    k--;
                }
            }
        }
        return null;
    }

    private static Mention firstOther(Context ctx, AnnotatedSentence s, Mention not, Set<EntityType> types) {
        return ctx.args.allMentions().stream()
                .filter(m -> m.sentence() == s.index() && types.contains(m.type()) && !sameName(m, not)
                        && (m.end() <= not.begin() || m.begin() >= not.end()))
                .findFirst().orElse(null);
    }

    private static boolean sameName(Mention a, Mention b) {
        return a.text().equalsIgnoreCase(b.text()) || (a.begin() == b.begin() && a.end() == b.end());
    }

    private static boolean overlaps(Span a, Span b) {
        return a.begin() < b.end() && b.begin() < a.end();
    }

    /** One fact per kind, rule-independent arguments and sentence: the most confident rule wins. */
    private static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = switch (f) {
                case Fact.Claim c -> "claim|" + c.claimant().text().toLowerCase(Locale.ROOT);
                case Fact.Denial d -> "denial|" + d.denier().text().toLowerCase(Locale.ROOT);
                case Fact.Attribution a -> "attr|" + a.party().text().toLowerCase(Locale.ROOT);
                case Fact.Report r -> "report|" + r.reporter().text().toLowerCase(Locale.ROOT);
                case Fact.Statement st -> "stmt|" + st.content().begin() + "-" + st.content().end();
                case Fact.Threat t -> "threat|" + t.threatener().text() + "|" + t.target().text();
                case Fact.Figure g -> "figure|" + g.evidence().span().begin() + "|" + g.value();
                case Fact.OrgRelation o -> "rel|" + o.subject().text() + "|" + o.object().text();
            };
            Fact prev = best.get(key);
            if (prev == null || f.evidence().confidence() > prev.evidence().confidence()) best.put(key, f);
        }
        return new ArrayList<>(best.values());
    }
}
