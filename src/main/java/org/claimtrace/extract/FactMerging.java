package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.Mention;
import org.claimtrace.extract.Fact.ReportKind;

/** What happens to the facts of a sentence, and of an article, once the builders made them. */
final class FactMerging {
    private FactMerging() {}

    /**
     * Reports in one sentence nest: "X, highlighted by A, ..., as reported by B": B reports A's report.
     * {@code outer} tells the sentence-level relays ("as reported by", "according to").
     */
    static List<Fact> chainReports(List<Fact> facts, java.util.function.Predicate<Fact.Report> outer) {
        List<Fact.Report> reports = facts.stream().filter(f -> f instanceof Fact.Report).map(f -> (Fact.Report) f).toList();
        if (reports.isEmpty()) return facts;
        List<Fact> others = facts.stream().filter(f -> !(f instanceof Fact.Report)).toList();
        Fact.Claim claim = others.stream().filter(f -> f instanceof Fact.Claim).map(f -> (Fact.Claim) f).findFirst().orElse(null);
        Comparator<Fact.Report> outerFirst = Comparator.comparing((Fact.Report r) -> !outer.test(r));
        // One report per reporter, the sentence-level reading ("as reported by X") first.
        List<Fact.Report> distinct = new ArrayList<>();
        for (Fact.Report r : reports.stream().sorted(outerFirst).toList()) {
            if (distinct.stream().noneMatch(d -> d.reporter().equals(r.reporter()))) distinct.add(r);
        }
        // Outer reports (sentence-level "as reported by", "according to") wrap the inner ones, and
        // among the inner ones the earlier relay is the nearer to the source.
        distinct.sort(Comparator.comparing((Fact.Report r) -> outer.test(r)).thenComparingInt(r -> r.evidence().cue().begin()));
        List<Fact> out = new ArrayList<>(others);
        Fact inner = claim;
        int cue = -1;
        Fact innerOfCue = null;
        for (Fact.Report r : distinct) {
            // outlets conjoined on one cue ("cited by X and Y") relay side by side: each wraps what the cue wraps
            boolean parallel = cue == r.evidence().cue().begin() && r.evidence().rule().endsWith(ReportBuilder.CONJOINED);
            Fact wrapped = parallel ? innerOfCue : inner;
            Fact.Report chained = wrapped == null ? r : new Fact.Report(r.reporter(),
                    wrapped instanceof Fact.Claim ? ReportKind.CLAIM : r.kind(), wrapped,
                    r.subject() != null ? r.subject() : wrapped instanceof Fact.Claim c ? c.claimant() : null, r.evidence(),
                    r.statement());
            if (parallel) {
                out.add(chained);
                continue;
            }
            cue = r.evidence().cue().begin();
            innerOfCue = inner;
            inner = chained;
        }
        out.add(inner);
        if (claim != null) out.remove(claim);
        return out;
    }

    /**
     * One fact per kind, rule-independent arguments and sentence: a report carrying what it relays
     * wins, then one read from a statement (it keeps the statement), then the most confident rule.
     */
    static List<Fact> dedupe(List<Fact> facts) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = switch (f) {
                case Fact.Claim c -> "claim|" + c.claimant().text().toLowerCase(Locale.ROOT);
                case Fact.Denial d -> "denial|" + d.denier().text().toLowerCase(Locale.ROOT);
                // each of two conjoined blamers keeps its own
                case Fact.Attribution a -> "attr|" + (a.attributor() == null ? "" : a.attributor().text().toLowerCase(Locale.ROOT))
                        + "|" + a.party().text().toLowerCase(Locale.ROOT);
                case Fact.Report r -> "report|" + r.reporter().text().toLowerCase(Locale.ROOT);
                case Fact.Statement st -> "stmt|" + st.content().begin() + "-" + st.content().end();
                case Fact.Threat t -> "threat|" + t.threatener().text() + "|" + t.target().text();
                case Fact.Figure g -> "figure|" + g.evidence().span().begin() + "|" + g.value();
                case Fact.OrgRelation o -> "rel|" + o.subject().text() + "|" + o.object().text();
            };
            Fact prev = best.get(key);
            if (prev == null || better(f, prev)) best.put(key, withStatementOf(f, prev));
            else best.put(key, withStatementOf(prev, f));
        }
        return new ArrayList<>(best.values());
    }

    private static boolean better(Fact f, Fact than) {
        // a report that carries what it relays (a chain of relays) keeps the chain
        if (f instanceof Fact.Report r && than instanceof Fact.Report t && (r.reported() == null) != (t.reported() == null)) {
            return r.reported() != null;
        }
        // and the longer chain: "X reported, citing Y" keeps Y's relay between X and the source
        if (f instanceof Fact.Report r && than instanceof Fact.Report t && (r.reported() instanceof Fact.Report) != (t.reported() instanceof Fact.Report)) {
            return r.reported() instanceof Fact.Report;
        }
        boolean a = fromStatement(f);
        boolean b = fromStatement(than);
        if (a != b) return a;
        return f.evidence().confidence() > than.evidence().confidence();
    }

    /** A report that wins over another of the same reporter keeps the statement the other was read from, having none. */
    private static Fact withStatementOf(Fact winner, Fact loser) {
        if (winner instanceof Fact.Report w && loser instanceof Fact.Report l && w.statement() == null && l.statement() != null) {
            return new Fact.Report(w.reporter(), w.kind(), w.reported(), w.subject(), w.evidence(), l.statement());
        }
        return winner;
    }

    private static boolean fromStatement(Fact f) {
        return switch (f) {
            case Fact.Claim c -> c.statement() != null;
            case Fact.Denial d -> d.statement() != null;
            case Fact.Attribution a -> a.statement() != null;
            case Fact.Report r -> r.statement() != null;
            default -> false;
        };
    }

    /**
     * "X turned to social media to claim the attack, the AP reported": the outlet relays X's claim,
     * it does not blame X; its blame of a party whose claim it relays in the sentence is dropped.
     */
    static List<Fact> withoutBlameOfRelayedClaimants(List<Fact> facts) {
        List<Fact.Report> relays = facts.stream().filter(f -> f instanceof Fact.Report r && r.reported() instanceof Fact.Claim)
                .map(f -> (Fact.Report) f).toList();
        return facts.stream().filter(f -> !(f instanceof Fact.Attribution a && a.attributor() != null && relays.stream().anyMatch(r ->
                Clauses.sameName(r.reporter(), a.attributor()) && Clauses.sameName(((Fact.Claim) r.reported()).claimant(), a.party()))))
                .toList();
    }

    /**
     * Blame no annotator gives: a group claiming an act does not blame anyone for it (what its
     * statement says of its own fighters, commanders or targets is part of the claim), nobody
     * blames itself, and the party blamed is not an act ("the Friday attack"). None of the 460
     * attributions of the real-news development sets is of these kinds. Such readings are
     * dropped; a report that relayed one relays the statement it came from instead.
     */
    static List<Fact> withoutImplausibleBlame(List<Fact> facts) {
        List<Mention> claimants = facts.stream().filter(f -> f instanceof Fact.Claim).map(f -> ((Fact.Claim) f).claimant()).toList();
        Set<Fact> dropped = new HashSet<>();
        for (Fact f : facts) {
            if (!(f instanceof Fact.Attribution a)) continue;
            boolean byClaimant = a.attributor() != null && (Clauses.sameName(a.attributor(), a.party())
                    || claimants.stream().anyMatch(c -> Clauses.sameName(c, a.attributor())));
            if (byClaimant || namesAnAct(a.party())) dropped.add(a);
        }
        if (dropped.isEmpty()) return facts;
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) if (!dropped.contains(f)) out.add(f instanceof Fact.Report r ? withoutRelayOf(r, dropped) : f);
        return out;
    }

    /** "the Friday attack", "bombings": the phrase's last word is an act. */
    private static boolean namesAnAct(Mention m) {
        return lastWordIn(m, Lexicons.EVENT);
    }

    /** Whether the mention's last word, or its singular, is one of the (lower-case) words. */
    private static boolean lastWordIn(Mention m, Set<String> words) {
        String[] w = m.text().toLowerCase(Locale.ROOT).split("\\s+");
        String last = w[w.length - 1];
        return words.contains(last) || (last.endsWith("s") && words.contains(last.substring(0, last.length() - 1)));
    }

    private static Fact.Report withoutRelayOf(Fact.Report r, Set<Fact> dropped) {
        Fact inner = switch (r.reported()) {
            case Fact.Report nested -> withoutRelayOf(nested, dropped);
            case Fact.Attribution a when dropped.contains(a) -> a.statement();
            case null, default -> r.reported();
        };
        return inner == r.reported() ? r : new Fact.Report(r.reporter(), r.kind(), inner, r.subject(), r.evidence(), r.statement());
    }

    /**
     * "Hacker group claims cyberattack" over "A hacker group calling itself Black Lotus claimed
     * ...": once the article names a claimant, a claim whose claimant is only a description of a
     * group ("hacker group") is that claim again, not a second claimant. Claims a report relays stay.
     */
    static List<Fact> withoutGroupDescriptionClaimants(List<Fact> facts) {
        boolean named = facts.stream().anyMatch(f -> f instanceof Fact.Claim c && !isGroupDescription(c.claimant()));
        if (!named) return facts;
        Set<Fact> relayed = new HashSet<>();
        for (Fact f : facts) if (f instanceof Fact.Report r && r.reported() != null) relayed.add(r.reported());
        return facts.stream()
                .filter(f -> !(f instanceof Fact.Claim c && isGroupDescription(c.claimant()) && !relayed.contains(c)))
                .toList();
    }

    private static boolean isGroupDescription(Mention m) {
        return m.source().equals("argument-phrase") && lastWordIn(m, Lexicons.GROUP_NOUNS);
    }
}
