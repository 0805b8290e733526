package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;

/**
 * Finds event mentions: nouns of the event lexicon ("attack", "bombing", "cyberattack"),
 * with the place their phrase names ("the attack on a Lagos market", "the Nairobi
 * bombing") when it names one. Vague nouns ("act", "crime", "incident", "operation") count only
 * when the article's other event words give them a referent.
 */
final class EventFinder {
    EventFinder() {}

    List<EventMention> find(Arguments args) {
        List<EventMention> out = find(args, "NN");
        // An article that names its events only in the plural ("the intrusions", "the attacks"), as
        // reports of a hacking campaign do, is about them all the same.
        return out.isEmpty() ? find(args, "NNS") : out;
    }

    /** The event nouns of one part of speech. */
    private List<EventMention> find(Arguments args, String pos) {
        List<EventMention> out = new ArrayList<>();
        for (AnnotatedSentence s : args.article().sentences()) {
            for (Token t : s.tokens()) {
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                // One event, named: "the attack", "Friday's bombing". Future or hypothetical events
                // ("new attacks", "revenge attacks", "planned strikes") are not a reported event.
                if (!t.pos().equals(pos) || !Lexicons.EVENT.contains(lemma)) continue;
                if (hasModifier(s, t.index(), Lexicons.NOT_AN_EVENT)) continue;
                if (Lexicons.VAGUE_EVENTS.contains(lemma) && !isTerrorQualified(s, t.index())) continue;
                Mention place = placeOf(args, s, t.index());
                out.add(new EventMention(canonicalKind(lemma), place, s.index(), args.span(s, nameTokens(s, t.index()))));
            }
        }
        return out;
    }

    private static final Set<String> NAME_RELATIONS = Set.of("det", "amod", "compound", "nmod:poss", "case", "nummod");

    private static boolean hasModifier(AnnotatedSentence s, int head, Set<String> words) {
        for (int k = Math.max(0, head - 3); k < head; k++) {
            if (words.contains(s.tokens().get(k).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** The event noun with its determiner, adjectives, compounds and possessor: "Friday's attack", "the market attack". */
    private static Set<Integer> nameTokens(AnnotatedSentence s, int head) {
        Set<Integer> out = new java.util.TreeSet<>();
        out.add(head);
        if (!s.parsed()) return out;
        var g = s.dependencies();
        var w = g.getNodeByIndexSafe(head + 1);
        if (w == null) return out;
        java.util.ArrayDeque<edu.stanford.nlp.ling.IndexedWord> todo = new java.util.ArrayDeque<>();
        todo.add(w);
        while (!todo.isEmpty()) {
            var cur = todo.poll();
            for (var e : g.outgoingEdgeIterable(cur)) {
                String rel = e.getRelation().toString();
                boolean caseOfPossessor = rel.equals("case") && !cur.equals(w);
                if ((NAME_RELATIONS.contains(rel) && !rel.equals("case")) || caseOfPossessor) {
                    if (out.add(e.getDependent().index() - 1)) todo.add(e.getDependent());
                }
            }
        }
        // Contiguous only: a name is one stretch of text.
        int min = head;
        while (out.contains(min - 1)) min--;
        Set<Integer> contiguous = new java.util.TreeSet<>();
        for (int i = min; i <= head; i++) contiguous.add(i);
        return contiguous;
    }

    /** "terrorist act", "act of terror": a vague noun that is an event all the same. */
    private static boolean isTerrorQualified(AnnotatedSentence s, int i) {
        for (int k = Math.max(0, i - 2); k < Math.min(s.tokens().size(), i + 3); k++) {
            String l = s.tokens().get(k).lemma().toLowerCase(Locale.ROOT);
            if (l.startsWith("terror")) return true;
        }
        return false;
    }

    private static String canonicalKind(String lemma) {
        return switch (lemma) {
            case "act", "crime", "atrocity", "incident", "killing", "massacre", "assault", "rampage" -> "attack";
            case "blast", "explosion" -> "bombing";
            case "hack", "hacking", "breach", "intrusion", "espionage", "cyberespionage" -> "cyberattack";
            default -> lemma;
        };
    }

    private static Mention placeOf(Arguments args, AnnotatedSentence s, int head) {
        Set<Integer> phrase = args.phraseTokens(s, head);
        for (Mention m : args.allMentions()) {
            if (m.sentence() == s.index() && m.type() == EntityType.PLACE && phrase.contains(m.tokenBegin())) return m;
        }
        return null;
    }

    /** The event most of the article is about: the most frequent kind, placed where any mention places it. */
    static EventMention main(List<EventMention> events) {
        if (events.isEmpty()) return null;
        Map<String, Integer> counts = new HashMap<>();
        for (EventMention e : events) counts.merge(e.kind(), 1, Integer::sum);
        String kind = counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(e -> events.stream().filter(x -> x.kind().equals(e.getKey()) && x.place() != null).count()))
                .orElseThrow().getKey();
        return events.stream().filter(e -> e.kind().equals(kind) && e.place() != null).findFirst()
                .orElse(events.stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow());
    }
}
