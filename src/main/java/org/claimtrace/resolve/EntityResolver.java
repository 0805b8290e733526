package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;

/**
 * The resolve stage, within one article: merges mentions that name the same thing.
 * Mentions merge on equal name keys, on acronyms the text defines ("General Directorate for
 * External Security (DGSE)") or that spell a longer name's initials ("UK" / "United Kingdom"), and a one-word person
 * mention merges with the one full name in the article that ends with it ("Carver" / "John
 * Carver"), as does a generic name of a body with the one qualified name ending with it ("police" / "the Kenyan police").
 * Each merge is recorded with its reason.
 */
public final class EntityResolver {
    /** "Long Name (ACR)" or "Long Name's (ACR)". */
    private static final Pattern DEFINED_ACRONYM = Pattern.compile("\\(([\\p{Lu}][\\p{Lu}\\p{N}.-]{1,7})\\)");

    public ResolvedArticle resolve(AnnotatedArticle article, List<Mention> extraMentions) {
        List<Mention> mentions = new ArrayList<>(article.mentions());
        for (Mention m : extraMentions) if (!mentions.contains(m)) mentions.add(m);
        mentions.removeIf(m -> NameKeys.key(m.text()).isEmpty());

        UnionFind uf = new UnionFind();
        Map<String, List<Mention>> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) byKey.computeIfAbsent(NameKeys.key(m.text()), k -> new ArrayList<>()).add(m);
        byKey.keySet().forEach(uf::add);
        Map<String, String> reasons = new LinkedHashMap<>();

        // Acronyms the text defines: "National Liberation Front of Casamance (NLFC)", "General Directorate for External Security (DGSE)".
        String text = article.article().text();
        Matcher am = DEFINED_ACRONYM.matcher(text);
        while (am.find()) {
            String acr = NameKeys.key(am.group(1));
            List<Mention> acrMentions = byKey.get(acr);
            if (acrMentions == null) continue;
            Mention longForm = longFormBefore(article, am.start(), am.group(1), acrMentions.getFirst().type(), mentions);
            if (longForm == null) continue;
            String k = NameKeys.key(longForm.text());
            if (!byKey.containsKey(k)) {
                // Names inside the long form ("Casamance" in "National Liberation Front of Casamance") are part of it.
                Mention lf = longForm;
                mentions.removeIf(m -> m.sentence() == lf.sentence() && m.begin() >= lf.begin() && m.end() <= lf.end());
                byKey.values().forEach(l -> l.removeIf(m -> m.sentence() == lf.sentence() && m.begin() >= lf.begin() && m.end() <= lf.end()));
                mentions.add(longForm);
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(longForm);
                uf.add(k);
            }
            union(uf, reasons, k, acr, "acronym defined in text: " + am.group(1) + " = " + longForm.text());
        }
        // Acronyms that spell a longer name's initials.
        byKey.values().removeIf(List::isEmpty);
        for (String k : byKey.keySet()) {
            String surface = byKey.get(k).getFirst().text();
            if (!NameKeys.isAcronym(surface)) continue;
            for (String other : byKey.keySet()) {
                if (other.equals(k) || !other.contains(" ")) continue;
                if (NameKeys.initials(NameKeys.withoutTitle(byKey.get(other).getFirst().text())).equals(k)) {
                    union(uf, reasons, other, k, "acronym initials: " + surface + " = " + byKey.get(other).getFirst().text());
                }
            }
        }
        // A name with the rules' description around it ("AFP news agency", "cybersecurity firm ESET") is that name.
        for (Mention phrase : mentions) {
            if (!phrase.source().startsWith("argument-phrase")) continue;
            Mention inner = namedInside(article, phrase, mentions);
            if (inner != null && byKey.containsKey(NameKeys.key(inner.text())) && byKey.containsKey(NameKeys.key(phrase.text()))) {
                union(uf, reasons, NameKeys.key(inner.text()), NameKeys.key(phrase.text()),
                        "description of a name: " + phrase.text() + " = " + inner.text());
            }
        }
        // Surname-only person mentions (the rules' phrases, typed by their role, count as well: "Hunt said"),
        // and one-word names NER typed otherwise ("Bell" beside "Gustavo Bell").
        Set<String> surnames = new java.util.HashSet<>();
        for (String k : byKey.keySet()) {
            if (k.contains(" ") || byKey.get(k).stream().noneMatch(m -> m.type() == EntityType.PERSON
                    || (m.source().startsWith("argument-phrase") || m.source().equals("ner")) && Character.isUpperCase(m.text().charAt(0))
                    && m.type() != EntityType.PLACE)) continue;
            List<String> full = byKey.keySet().stream()
                    .filter(o -> o.endsWith(" " + k) && byKey.get(o).stream().anyMatch(m -> m.type() == EntityType.PERSON))
                    .toList();
            if (full.size() == 1) {
                union(uf, reasons, full.getFirst(), k, "surname: " + k + " = " + full.getFirst());
                surnames.add(k);
            }
        }
        // A generic name of a body ("police", "the Foreign Ministry") is the one qualified name in the
        // article that ends with it ("the Kenyan police", "Pakistan's Foreign Ministry").
        Predicate<String> namesABody = k -> byKey.get(k).stream().noneMatch(m -> m.type() == EntityType.PERSON || m.type() == EntityType.PLACE);
        for (String k : byKey.keySet()) {
            if (!GenericNames.isGeneric(k) || !namesABody.test(k)) continue;
            List<String> qualified = byKey.keySet().stream().filter(o -> o.endsWith(" " + k) && namesABody.test(o)).toList();
            if (qualified.size() == 1) union(uf, reasons, qualified.getFirst(), k, "generic name of a body: " + k + " = " + qualified.getFirst());
        }

        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String k : byKey.keySet()) {
            if (!byKey.get(k).isEmpty()) groups.computeIfAbsent(uf.find(k), x -> new ArrayList<>()).add(k);
        }
        List<Entity> entities = new ArrayList<>();
        Map<Mention, Entity> entityOf = new HashMap<>();
        for (List<String> keys : groups.values()) {
            List<Mention> ms = keys.stream().flatMap(k -> byKey.get(k).stream())
                    .sorted(Comparator.comparingInt(Mention::begin)).toList();
            // A surname merged into a full name is a person's, whatever NER said of the surname alone.
            boolean person = keys.stream().anyMatch(surnames::contains);
            EntityType type = person ? EntityType.PERSON : voteType(ms);
            String label = preferredLabel(ms);
            Set<String> aliases = new LinkedHashSet<>();
            for (Mention m : ms) if (!m.text().equals(label)) aliases.add(m.text());
            List<String> why = keys.stream().map(reasons::get).filter(r -> r != null).toList();
            Entity e = new Entity(NameKeys.key(label), label, type, aliases, ms, why);
            entities.add(e);
            for (Mention m : ms) entityOf.put(m, e);
        }
        return new ResolvedArticle(article, entities, entityOf);
    }

    /**
     * The long form an acronym in parentheses at {@code paren} defines: the capitalised words right
     * before it whose initials spell the acronym, or else the multi-word organisation mention right
     * before it (acronyms from another language: "General Directorate for External Security (DGSE)").
     */
    private static Mention longFormBefore(AnnotatedArticle article, int paren, String acronym, EntityType type,
                                          List<Mention> mentions) {
        String acr = NameKeys.key(acronym).replace(" ", "");
        for (AnnotatedSentence s : article.sentences()) {
            if (paren < s.begin() || paren > s.end()) continue;
            List<Token> t = s.tokens();
            int last = -1;
            for (Token tok : t) if (tok.end() <= paren) last = tok.index();
            if (last < 0) return null;
            if (t.get(last).word().equals("'s") || t.get(last).word().equals("’s")) last--;
            for (int first = last; first >= Math.max(0, last - 8); first--) {
                String w = t.get(first).word();
                boolean capital = Character.isUpperCase(w.charAt(0));
                if (!capital && !List.of("of", "and", "the", "for", "&").contains(w)) break;
                if (!capital) continue;
                String span = article.textOf(t.get(first).begin(), t.get(last).end());
                if (NameKeys.initials(span).equals(acr)) {
                    EntityType ty = type == EntityType.PLACE ? EntityType.ORGANIZATION : type;
                    return new Mention(span, ty, s.index(), first, last + 1, t.get(first).begin(), t.get(last).end(),
                            "acronym-long-form");
                }
            }
            int lastEnd = t.get(last).end();
            return mentions.stream()
                    .filter(m -> m.sentence() == s.index() && m.end() == lastEnd && m.text().contains(" ")
                            && (m.type() == EntityType.ORGANIZATION || m.type() == EntityType.MEDIA_OUTLET))
                    .findFirst().orElse(null);
        }
        return null;
    }

    private static void union(UnionFind uf, Map<String, String> reasons, String a, String b, String why) {
        if (uf.find(a).equals(uf.find(b))) return;
        uf.union(a, b);
        reasons.putIfAbsent(b, why);
    }

    /**
     * The type most mentions have; outlet evidence (lexicon, context) wins over NER's guess. The
     * rules' phrases are typed by the role they fill, not by what they name: they vote only when
     * nothing else does.
     */
    static EntityType voteType(List<Mention> ms) {
        List<Mention> named = ms.stream().filter(m -> !m.source().startsWith("argument-phrase")).toList();
        List<Mention> voters = named.isEmpty() ? ms : named;
        if (voters.stream().anyMatch(m -> m.type() == EntityType.MEDIA_OUTLET)) return EntityType.MEDIA_OUTLET;
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (Mention m : voters) votes.merge(m.type(), 1, Integer::sum);
        return EntityType.vote(votes);
    }

    /** The name inside a rules' phrase whose other words are all lower-case description, or null. */
    private static Mention namedInside(AnnotatedArticle article, Mention phrase, List<Mention> mentions) {
        for (Mention m : mentions) {
            // A place with a description is a body of that place ("Kashmir police"), not the place.
            if (m == phrase || m.source().startsWith("argument-phrase") || m.sentence() != phrase.sentence() || m.type() == EntityType.PLACE
                    || m.begin() < phrase.begin() || m.end() > phrase.end() || m.text().equals(phrase.text())) continue;
            String rest = (article.textOf(phrase.begin(), m.begin()) + " " + article.textOf(m.end(), phrase.end())).strip();
            if (rest.isEmpty() || rest.chars().anyMatch(Character::isUpperCase) && !rest.matches("(?i)the\\b.*")) continue;
            // "Mali's armed forces" is the owner's body, not the owner.
            if (rest.startsWith("'") || rest.startsWith("’")) continue;
            if (rest.split("\\s+").length <= 3) return m;
        }
        return null;
    }

    /** The longest name that is not an acronym, without a title; an acronym when that is all there is. Names beat the rules' phrases. */
    static String preferredLabel(List<Mention> ms) {
        List<Mention> named = ms.stream().filter(m -> !m.source().startsWith("argument-phrase")).toList();
        return (named.isEmpty() ? ms : named).stream().map(m -> NameKeys.asLabel(m.text()))
                .max(Comparator.comparingInt((String s) -> NameKeys.isAcronym(s) ? 0 : 1)
                        .thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }

    /** Union-find over name keys. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String k) {
            parent.putIfAbsent(k, k);
        }

        String find(String k) {
            String p = parent.getOrDefault(k, k);
            if (p.equals(k)) return k;
            String root = find(p);
            parent.put(k, root);
            return root;
        }

        void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) parent.put(rb, ra);
        }
    }
}
