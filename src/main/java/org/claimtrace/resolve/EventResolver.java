package org.claimtrace.resolve;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Events across articles: one node when kind and place agree and the dates (the stated or
 * inferred event date, else the article's publication date) lie within {@link #WINDOW_DAYS} of
 * each other. Undated reports join the earliest dated group. Events without a place stay with
 * their article: kind alone is too little to say two articles mean one event.
 */
public final class EventResolver {
    public static final int WINDOW_DAYS = 30;

    /** An event node of one article. {@code place} is the canonical place IRI, or null. */
    public record LocalEvent(String article, String currentIri, String kind, String place, String placeLabel, LocalDate date) {}

    /** The merged event: its IRI's last segment, its label, its earliest date (or null), and its members. */
    public record CanonicalEvent(String slug, String label, LocalDate date, List<LocalEvent> members) {}

    public List<CanonicalEvent> resolve(List<LocalEvent> events) {
        Map<String, List<LocalEvent>> byKindPlace = new TreeMap<>();
        List<CanonicalEvent> out = new ArrayList<>();
        for (LocalEvent e : events) {
            if (e.place() == null) {
                out.add(new CanonicalEvent(e.currentIri().replaceAll(".*/", ""), e.kind(), e.date(), List.of(e)));
            } else {
                byKindPlace.computeIfAbsent(e.kind() + "|" + e.place(), k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, Integer> used = new HashMap<>();
        for (List<LocalEvent> group : byKindPlace.values()) {
            List<List<LocalEvent>> windows = splitByDate(group);
            for (List<LocalEvent> w : windows) {
                LocalEvent first = w.getFirst();
                LocalDate date = w.stream().map(LocalEvent::date).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
                String base = NameKeys.slug(first.kind() + " " + first.place().replaceAll(".*/", ""));
                String slug = windows.size() > 1 && date != null ? base + "-" + date : base;
                if (used.merge(slug, 1, Integer::sum) > 1) slug = slug + "-" + used.get(slug);
                String label = first.kind() + " in " + first.placeLabel() + (windows.size() > 1 && date != null ? " (" + date + ")" : "");
                out.add(new CanonicalEvent(slug, label, date, w));
            }
        }
        return out;
    }

    private static List<List<LocalEvent>> splitByDate(List<LocalEvent> group) {
        List<LocalEvent> dated = group.stream().filter(e -> e.date() != null)
                .sorted(Comparator.comparing(LocalEvent::date).thenComparing(LocalEvent::article)).toList();
        List<LocalEvent> undated = group.stream().filter(e -> e.date() == null)
                .sorted(Comparator.comparing(LocalEvent::article).thenComparing(LocalEvent::currentIri)).toList();
        List<List<LocalEvent>> out = new ArrayList<>();
        for (LocalEvent e : dated) {
            if (out.isEmpty() || ChronoUnit.DAYS.between(out.getLast().getLast().date(), e.date()) > WINDOW_DAYS) {
                out.add(new ArrayList<>());
            }
            out.getLast().add(e);
        }
        if (out.isEmpty()) out.add(new ArrayList<>());
        out.getFirst().addAll(undated);
        return out;
    }
}
