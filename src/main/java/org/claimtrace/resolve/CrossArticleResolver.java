package org.claimtrace.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.source.ArticleIds;

/**
 * Resolution across articles: which articles' entities are one thing. The result depends only on
 * the set of clusters, never on the order articles came in, so re-ingesting in another order gives
 * the same graph and removing an article undoes what only it supported.
 *
 * <p>Rules, in order: (1) a name in the gazetteer joins its concept, and two concepts never merge;
 * (2) clusters sharing a name key merge, except one-word person names (a surname alone is no
 * evidence that two articles mean the same person) and generic names of bodies ("the Foreign
 * Ministry", "police": every country has one, {@link GenericNames}); (3) an acronym an article defines ("IS" =
 * "Northern Liberation Front") expands compounds elsewhere ("NLF-South" = "Northern Liberation Front South"), which
 * then join the one cluster whose name starts with the expansion. Each membership keeps its reason.
 */
public final class CrossArticleResolver {
    private final Gazetteer gazetteer;

    public CrossArticleResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<CanonicalEntity> resolve(List<LocalCluster> input) {
        // In id order, each id built once (a large store has hundreds of thousands of clusters).
        List<LocalCluster> clusters = input.stream().map(c -> Map.entry(c.id(), c)).sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        Keys keys = new Keys();
        Map<String, LocalCluster> byId = new LinkedHashMap<>();
        clusters.forEach(c -> byId.put(c.id(), c));
        Map<String, String> parent = new HashMap<>();
        Map<String, Gazetteer.Concept> conceptOfRoot = new HashMap<>();
        Map<String, String> reasons = new HashMap<>();
        for (LocalCluster c : clusters) parent.put(c.id(), c.id());

        // (1) Gazetteer.
        for (LocalCluster c : clusters) {
            Gazetteer.Concept g = conceptOf(c, keys);
            if (g != null) {
                conceptOfRoot.put(c.id(), g);
                reasons.put(c.id(), "gazetteer: " + g.label());
            }
        }
        Map<String, String> conceptRoot = new TreeMap<>();
        for (LocalCluster c : clusters) {
            Gazetteer.Concept g = conceptOfRoot.get(c.id());
            if (g == null) continue;
            String first = conceptRoot.putIfAbsent(g.iri(), c.id());
            if (first != null) union(parent, conceptOfRoot, first, c.id());
        }
        // (2) Shared name keys.
        NavigableMap<String, List<String>> byKey = new TreeMap<>();
        for (LocalCluster c : clusters) for (String k : keys.of(c)) byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(c.id());
        for (var e : byKey.entrySet()) {
            List<String> ids = e.getValue();
            boolean oneWordPerson = !e.getKey().contains(" ") && ids.stream().allMatch(id -> isPerson(byId.get(id)));
            if (ids.size() < 2 || oneWordPerson || GenericNames.isGeneric(e.getKey())) continue;
            for (int i = 1; i < ids.size(); i++) {
                if (union(parent, conceptOfRoot, ids.getFirst(), ids.get(i))) {
                    reasons.putIfAbsent(ids.get(i), "name key: " + e.getKey());
                }
            }
        }
        // (3) Acronyms learned in one article expand compounds in another.
        Map<String, String> expansions = learnedAcronyms(clusters, keys);
        for (LocalCluster c : clusters) {
            for (String k : keys.of(c)) {
                String[] parts = k.split(" ", 2);
                String longForm = expansions.get(parts[0]);
                if (parts.length < 2 || longForm == null) continue;
                String expanded = longForm + " " + parts[1];
                Gazetteer.Concept g = gazetteer.byKey(expanded);
                // The clusters of the key itself, then of the keys that go on after it with a space:
                // in key order those are one range, as '!' follows ' '.
                List<String> named = new ArrayList<>(byKey.getOrDefault(expanded, List.of()));
                byKey.subMap(expanded + " ", expanded + "!").values().forEach(named::addAll);
                List<String> targets = named.stream().map(id -> find(parent, id)).distinct().toList();
                String why = "acronym learned in another article: " + parts[0].toUpperCase() + " = " + longForm;
                if (targets.size() == 1 && union(parent, conceptOfRoot, targets.getFirst(), c.id())) {
                    reasons.putIfAbsent(c.id(), why);
                } else if (targets.isEmpty() && g != null && !conceptOfRoot.containsKey(find(parent, c.id()))) {
                    conceptOfRoot.put(find(parent, c.id()), g);
                    reasons.putIfAbsent(c.id(), why + ", which the gazetteer knows as " + g.label());
                }
            }
        }

        Map<String, List<LocalCluster>> groups = new TreeMap<>();
        for (LocalCluster c : clusters) groups.computeIfAbsent(find(parent, c.id()), x -> new ArrayList<>()).add(c);
        List<CanonicalEntity> out = new ArrayList<>();
        Map<String, Integer> slugUse = new HashMap<>();
        for (var e : groups.entrySet()) {
            List<LocalCluster> members = e.getValue();
            Gazetteer.Concept g = conceptOfRoot.get(e.getKey());
            String label = g != null ? g.label() : preferredLabel(members);
            String slug = NameKeys.slug(g != null ? g.id() : keys.of(label));
            if (slugUse.merge(slug, 1, Integer::sum) > 1) {
                // Two things with one name (two people called "Smith"): the later one in id order gets a suffix.
                slug = slug + "-" + ArticleIds.sha256(members.getFirst().id()).substring(0, 8);
            }
            EntityType type;
            String rule;
            if (g != null) {
                type = g.type();
                rule = "gazetteer";
            } else if (members.stream().anyMatch(LocalCluster::outletEvidence)) {
                type = EntityType.MEDIA_OUTLET;
                rule = "outlet lexicon or context";
            } else {
                type = majority(members);
                rule = "majority of mentions";
            }
            Map<String, String> why = new TreeMap<>();
            for (LocalCluster m : members) why.put(m.id(), reasons.getOrDefault(m.id(), "first of its name"));
            out.add(new CanonicalEntity(slug, label, type, rule, members, why, g));
        }
        return out;
    }

    private Gazetteer.Concept conceptOf(LocalCluster c, Keys keys) {
        List<String> bySupport = c.surfaces().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        for (String s : bySupport) {
            Gazetteer.Concept g = gazetteer.byKey(keys.of(s));
            if (g != null && !(NameKeys.isAcronym(s) && spelledOutOtherwise(c, s, g, keys))) return g;
        }
        return null;
    }

    /**
     * The article spells the acronym out as another body than the gazetteer's ("the National Police
     * Agency (NPA)" is not the NPA the gazetteer lists): the acronym alone is then no evidence.
     */
    private boolean spelledOutOtherwise(LocalCluster c, String acronym, Gazetteer.Concept g, Keys keys) {
        String letters = acronym.replace(".", "").toLowerCase(Locale.ROOT);
        return c.surfaces().keySet().stream()
                .filter(t -> !NameKeys.isAcronym(t) && NameKeys.initials(t).equals(letters))
                .anyMatch(t -> gazetteer.byKey(keys.of(t)) != g);
    }

    /** Acronym key to long-form key, from clusters holding both (only when unambiguous). */
    private static Map<String, String> learnedAcronyms(List<LocalCluster> clusters, Keys keys) {
        Map<String, Set<String>> seen = new TreeMap<>();
        for (LocalCluster c : clusters) {
            List<String> acronyms = c.surfaces().keySet().stream().filter(NameKeys::isAcronym).map(keys::of).toList();
            List<String> longForms = c.surfaces().keySet().stream()
                    .filter(s -> !NameKeys.isAcronym(s)).map(keys::of).filter(k -> k.contains(" ")).toList();
            for (String a : acronyms) {
                for (String l : longForms) {
                    if (NameKeys.initials(l).equals(a.replace(" ", ""))) seen.computeIfAbsent(a, x -> new TreeSet<>()).add(l);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        seen.forEach((a, ls) -> {
            if (ls.size() == 1) out.put(a, ls.iterator().next());
        });
        return out;
    }

    /**
     * Name keys, each surface and each cluster keyed once per resolution: a large store names the
     * same things thousands of times, and the rules read every cluster's keys twice.
     */
    private static final class Keys {
        private final Map<String, String> bySurface = new HashMap<>();
        private final Map<LocalCluster, Set<String>> byCluster = new java.util.IdentityHashMap<>();

        String of(String surface) {
            return bySurface.computeIfAbsent(surface, NameKeys::key);
        }

        /** The cluster's keys, in order, without empty ones. */
        Set<String> of(LocalCluster c) {
            return byCluster.computeIfAbsent(c, cluster -> {
                Set<String> out = new TreeSet<>();
                for (String s : c.surfaces().keySet()) {
                    String k = of(s);
                    if (!k.isEmpty()) out.add(k);
                }
                return out;
            });
        }
    }

    private static boolean isPerson(LocalCluster c) {
        return majority(List.of(c)) == EntityType.PERSON;
    }

    private static EntityType majority(List<LocalCluster> members) {
        Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
        for (LocalCluster m : members) m.types().forEach((t, n) -> votes.merge(t, n, Integer::sum));
        return EntityType.vote(votes);
    }

    /** The name used most, preferring full names to acronyms and titles; ties: longer, then alphabetical. */
    private static String preferredLabel(List<LocalCluster> members) {
        Map<String, Integer> counts = new TreeMap<>();
        for (LocalCluster m : members) {
            m.surfaces().forEach((s, n) -> counts.merge(NameKeys.asLabel(s), n, Integer::sum));
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> NameKeys.isAcronym(e.getKey()) ? 0 : 1)
                        .thenComparingInt(e -> e.getKey().contains(" ") ? 1 : 0)
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static String find(Map<String, String> parent, String id) {
        String p = parent.get(id);
        if (p.equals(id)) return id;
        String root = find(parent, p);
        parent.put(id, root);
        return root;
    }

    /** Joins two sets unless that would merge two different gazetteer concepts; true when joined now. */
    private static boolean union(Map<String, String> parent, Map<String, Gazetteer.Concept> conceptOfRoot, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (ra.equals(rb)) return false;
        Gazetteer.Concept ca = conceptOfRoot.get(ra);
        Gazetteer.Concept cb = conceptOfRoot.get(rb);
        if (ca != null && cb != null && !ca.iri().equals(cb.iri())) return false;
        // The smaller id stays root, so the result does not depend on the order of unions.
        String root = ra.compareTo(rb) <= 0 ? ra : rb;
        String child = root.equals(ra) ? rb : ra;
        parent.put(child, root);
        if (ca != null || cb != null) conceptOfRoot.put(root, ca != null ? ca : cb);
        conceptOfRoot.remove(child);
        return true;
    }
}
