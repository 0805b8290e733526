package org.claimtrace.source;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date in the forms news pages print: {@code 2024-03-25}, {@code 25.03.2024},
 * {@code Mar.26 - 2024 9:33 AM CET}, {@code March 26, 2024}, {@code 26 March 2024}.
 * Slash dates (03/04/2024) are left alone: day and month order cannot be told.
 */
public final class PublicationDates {

    /** A date found in a text: where it stands and its ISO-8601 value. */
    public record Found(int begin, int end, String iso) {}

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final String TIME = "(?:,?\\s*(\\d{1,2})[:.](\\d{2})\\s*([AaPp]\\.?[Mm]\\.?)?\\s*(?:\\(?([A-Z]{2,4})\\)?)?)?";
    private static final Pattern ISO = Pattern.compile(
            "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?\\b");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*[,\\-–—]?\\s*(\\d{4})\\b" + TIME);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "\\.?,?\\s+(\\d{4})\\b" + TIME);

    private static final Map<String, ZoneOffset> ZONES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("BST", ZoneOffset.ofHours(1)), Map.entry("EET", ZoneOffset.ofHours(2)),
            Map.entry("EEST", ZoneOffset.ofHours(3)), Map.entry("MSK", ZoneOffset.ofHours(3)),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private PublicationDates() {}

    /** The first date in {@code text} (earliest position), if any. */
    public static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, DOTTED, MONTH_FIRST, DAY_FIRST}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<String> iso = toIso(p, m);
                if (iso.isPresent()) {
                    if (best == null || m.start() < best.begin()) best = new Found(m.start(), m.end(), iso.get());
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Normalises a date given beside an article (JSON Lines, HTML meta) to ISO-8601, if it can be read. */
    public static Optional<String> normalise(String value) {
        if (value == null || value.isBlank()) return Optional.empty();
        String v = value.strip();
        if (v.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?")) {
            try {
                if (v.length() == 10) return Optional.of(LocalDate.parse(v).toString());
                return Optional.of(java.time.OffsetDateTime.parse(v.replace(' ', 'T')).toString());
            } catch (DateTimeException e) {
                try {
                    return Optional.of(java.time.LocalDateTime.parse(v.replace(' ', 'T')).toLocalDate().toString());
                } catch (DateTimeException e2) {
                    return Optional.of(v.substring(0, 10)).filter(s -> isDate(s));
                }
            }
        }
        return find(v).map(Found::iso);
    }

    private static boolean isDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Optional<String> toIso(Pattern p, Matcher m) {
        try {
            if (p == ISO) {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                if (m.group(4) != null && m.group(6) != null) {
                    String zone = m.group(6).equals("Z") ? "Z" : m.group(6).replaceAll("(\\d{2})(\\d{2})$", "$1:$2");
                    LocalTime t = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
                    return Optional.of(d.atTime(t).atOffset(ZoneOffset.of(zone)).toString());
                }
                return Optional.of(d.toString());
            }
            if (p == DOTTED) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).toString());
            }
            boolean monthFirst = p == MONTH_FIRST;
            String month = monthFirst ? m.group(1) : m.group(2);
            int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), monthNumber(month), day);
            return Optional.of(withTime(d, m.group(4), m.group(5), m.group(6), m.group(7)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String withTime(LocalDate d, String hour, String minute, String ampm, String zone) {
        if (hour == null || zone == null || !ZONES.containsKey(zone)) return d.toString();
        int h = Integer.parseInt(hour);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            h = (h % 12) + (pm ? 12 : 0);
        }
        return d.atTime(LocalTime.of(h, Integer.parseInt(minute))).atOffset(ZONES.get(zone))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static int monthNumber(String name) {
        String k = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (k) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; default -> 12;
        };
    }
}
