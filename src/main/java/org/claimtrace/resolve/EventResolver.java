package org.claimtrace.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Events across articles. Two articles' events are one when their kind agrees, their dates (the
 * stated or inferred event date, else the article's publication date) lie within
 * {@link #WINDOW_DAYS} of each other, their places do not differ, and something ties them: the
 * same place; or a party in common (claimant, blamed party, denier) together with a shared
 * context; or the same context, the named things of the sentences that speak of the event (a
 * story and two outlets' reports of one attack that name no place), or the same story (articles
 * naming exactly the same things: a story and its later editions). Each
 * membership keeps its reason. The result depends only on the set of events, never on the order
 * articles came in.
 */
public final class EventResolver {
    public static final int WINDOW_DAYS = 30;

    /** Share of the smaller context two events must have in common to be one on context alone. */
    static final double CONTEXT_SAME = 0.5;

    /**
     * An event node of one article. {@code place} is the canonical place IRI, or null; {@code
     * parties} the canonical IRIs of who claimed it, was blamed for it or denied it; {@code
     * context} the canonical IRIs of the entities named in the sentences that mention it.
     */
    public record LocalEvent(String article, String currentIri, String kind, String place, String placeLabel, LocalDate date,
                             Set<String> parties, Set<String> context, Set<String> story) {
        public LocalEvent(String article, String currentIri, String kind, String place, String placeLabel, LocalDate date) {
            this(article, currentIri, kind, place, placeLabel, date, Set.of(), Set.of(), Set.of());
        }

        /** The story's fingerprint: every named thing of its article, when there are two or more. */
        String storyKey() {
            return story.size() < 2 ? null : String.join(" ", new TreeSet<>(story));
        }

        String articleId() {
            return article.replaceAll(".*/", "");
        }
    }

    /**
     * The merged event: its IRI's last segment, its label, its earliest date (or null), its
     * members and, per member, why it belongs (in the order of {@code members}).
     */
    public record CanonicalEvent(String slug, String label, LocalDate date, List<LocalEvent> members, List<String> reasons) {
        public CanonicalEvent(String slug, String label, LocalDate date, List<LocalEvent> members) {
            this(slug, label, date, members, members.stream().map(m -> "").toList());
        }
    }

    /** A set of events taken to be one, while it is being built. */
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        final Map<Integer, String> why = new HashMap<>();
        final Set<String> articles = new HashSet<>();
        String place;
        String placeLabel;
        LocalDate first;
        LocalDate last;
    }

    public List<CanonicalEvent> resolve(List<LocalEvent> input) {
        List<LocalEvent> events = input.stream().sorted(Comparator.comparing(LocalEvent::kind)
                .thenComparing(LocalEvent::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(LocalEvent::article).thenComparing(LocalEvent::currentIri)).toList();
        String[] stories = new String[events.size()];
        for (int i = 0; i < stories.length; i++) stories[i] = events.get(i).storyKey();
        int[] groupOf = new int[events.size()];
        List<Group> groups = new ArrayList<>();
        // Events already placed, by what could tie a new one to them, then by group: each list in event order.
        Map<String, Map<Integer, List<Integer>>> byKey = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            LocalEvent e = events.get(i);
            List<String> keys = keys(e, stories[i]);
            // The event joins the first group (in order of creation) one of whose events ties it, for the
            // reason of the first such event; groups it cannot join (same article, other place, out of
            // the window) are passed over before their events are looked at: a story every outlet tells
            // puts thousands of events under one key.
            TreeMap<Integer, List<List<Integer>>> candidates = new TreeMap<>();
            for (String key : keys) {
                byKey.getOrDefault(key, Map.of()).forEach((group, members) -> candidates.computeIfAbsent(group, k -> new ArrayList<>()).add(members));
            }
            int target = -1;
            String reason = null;
            for (var candidate : candidates.entrySet()) {
                Group g = groups.get(candidate.getKey());
                if (!admits(g, e)) continue;
                for (int j : inOrder(candidate.getValue())) {
                    reason = tie(e, stories[i], events.get(j), stories[j]);
                    if (reason != null) break;
                }
                if (reason != null) {
                    target = candidate.getKey();
                    break;
                }
            }
            if (target < 0) {
                target = groups.size();
                groups.add(new Group());
                reason = e.place() == null ? "first report of this event (no place stated)" : "first report of this event";
            }
            Group g = groups.get(target);
            g.members.add(i);
            g.why.put(i, reason);
            g.articles.add(e.article());
            if (g.place == null && e.place() != null) {
                g.place = e.place();
                g.placeLabel = e.placeLabel();
            }
            if (e.date() != null) {
                if (g.first == null || e.date().isBefore(g.first)) g.first = e.date();
                if (g.last == null || e.date().isAfter(g.last)) g.last = e.date();
            }
            groupOf[i] = target;
            for (String key : keys) byKey.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(target, k -> new ArrayList<>()).add(i);
        }
        return canonical(events, groups);
    }

    /** The events of several ascending lists, once each, in order. */
    private static Iterable<Integer> inOrder(List<List<Integer>> lists) {
        if (lists.size() == 1) return lists.getFirst();
        TreeSet<Integer> all = new TreeSet<>();
        lists.forEach(all::addAll);
        return all;
    }

    /** What may tie an event to another of its kind: its place, its parties, its context, its story. */
    private static List<String> keys(LocalEvent e, String story) {
        List<String> out = new ArrayList<>();
        if (e.place() != null) out.add(e.kind() + "|place|" + e.place());
        for (String p : e.parties()) out.add(e.kind() + "|party|" + p);
        for (String c : e.context()) out.add(e.kind() + "|context|" + c);
        if (story != null) out.add(e.kind() + "|story|" + story);
        return out;
    }

    /**
     * Whether group {@code g} may take {@code e} at all: two events one article keeps apart stay
     * apart (so resolving again finds what it found), places must not differ, and the dates must
     * stay within the window.
     */
    private static boolean admits(Group g, LocalEvent e) {
        if (g.articles.contains(e.article())) return false;
        if (e.place() != null && g.place != null && !e.place().equals(g.place)) return false;
        return e.date() == null || g.first == null
                || ChronoUnit.DAYS.between(g.first, e.date()) <= WINDOW_DAYS && ChronoUnit.DAYS.between(e.date(), g.last) <= WINDOW_DAYS;
    }

    /** Why {@code e} is the event {@code other} is (in a group that {@link #admits} it), or null when it is not. */
    private static String tie(LocalEvent e, String story, LocalEvent other, String otherStory) {
        if (!e.kind().equals(other.kind())) return null;
        if (e.place() != null && e.place().equals(other.place())) {
            return "same kind and place (" + e.placeLabel() + "), dates within " + WINDOW_DAYS + " days";
        }
        double shared = overlap(e.context(), other.context());
        Set<String> parties = new TreeSet<>(e.parties());
        parties.retainAll(other.parties());
        if (!parties.isEmpty() && shared > 0) {
            return "same kind, a party in common (" + String.join(", ", parties) + ") and shared context, dates within "
                    + WINDOW_DAYS + " days";
        }
        if (story != null && story.equals(otherStory) && java.util.Objects.equals(e.place(), other.place())) {
            return "same kind and story (articles naming the same " + e.story().size() + " things), dates within "
                    + WINDOW_DAYS + " days";
        }
        if (shared >= CONTEXT_SAME && common(e.context(), other.context()) >= 2) {
            return "same kind and context (" + Math.round(shared * 100) + "% of the named things around it), dates within "
                    + WINDOW_DAYS + " days";
        }
        return null;
    }

    private static int common(Set<String> a, Set<String> b) {
        Set<String> s = new HashSet<>(a);
        s.retainAll(b);
        return s.size();
    }

    /** Shared entities over the smaller context. */
    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        return (double) common(a, b) / Math.min(a.size(), b.size());
    }

    private static List<CanonicalEvent> canonical(List<LocalEvent> events, List<Group> groups) {
        // Placed groups: "attack-kabul", with the date when one place saw several events of a kind.
        Map<String, Integer> perPlace = new HashMap<>();
        for (Group g : groups) if (g.place != null) perPlace.merge(events.get(g.members.getFirst()).kind() + "|" + g.place, 1, Integer::sum);
        Map<String, Integer> used = new HashMap<>();
        List<CanonicalEvent> out = new ArrayList<>();
        for (Group g : groups) {
            LocalEvent first = events.get(g.members.getFirst());
            String slug;
            String label;
            if (g.place != null) {
                boolean several = perPlace.get(first.kind() + "|" + g.place) > 1;
                String base = NameKeys.slug(first.kind() + " " + g.place.replaceAll(".*/", ""));
                slug = several && g.first != null ? base + "-" + g.first : base;
                label = first.kind() + " in " + g.placeLabel + (several && g.first != null ? " (" + g.first + ")" : "");
            } else {
                // The slug the first report's article gave it, so resolving again finds the same IRI.
                slug = NameKeys.slug(first.kind().toLowerCase(java.util.Locale.ROOT)) + "-" + first.articleId().substring(0, 12);
                label = first.kind();
            }
            if (used.merge(slug, 1, Integer::sum) > 1) slug = slug + "-" + used.get(slug);
            List<LocalEvent> members = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (int i : g.members) {
                members.add(events.get(i));
                reasons.add(g.why.get(i));
            }
            CanonicalEvent ce = new CanonicalEvent(slug, label, g.first, members, reasons);
            out.add(ce);
        }
        return out;
    }
}
