package org.claimtrace.map;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/**
 * The date of an event from a relative expression in its phrase and the article's publication
 * date: "Friday's attack" in an article of Tuesday 14 May 2024 is Friday 10 May; "yesterday's
 * blast" is the day before publication. No publication date, no inference.
 */
public final class EventDates {
    private EventDates() {}

    public static Optional<LocalDate> infer(String phrase, String published) {
        if (published == null || published.length() < 10) return Optional.empty();
        LocalDate pub;
        try {
            pub = LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        String p = phrase.toLowerCase(Locale.ROOT);
        if (p.matches(".*\\byesterday\\b.*")) return Optional.of(pub.minusDays(1));
        if (p.matches(".*\\btoday'?s?\\b.*")) return Optional.of(pub);
        for (DayOfWeek d : DayOfWeek.values()) {
            String name = d.name().toLowerCase(Locale.ROOT);
            if (p.matches(".*\\b" + name + "\\b.*")) {
                // The weekday most recently before publication ("Friday's attack" in Tuesday's paper).
                return Optional.of(pub.with(TemporalAdjusters.previous(d)));
            }
        }
        return Optional.empty();
    }
}
