package org.claimtrace.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimtrace.annotate.Mention;
import org.claimtrace.source.Article;
import org.claimtrace.source.MetaSpan;

/**
 * The dateline that opens an article ("CITY, Country, Date (Agency) -", "City, Date (Agency) The",
 * "CITY, Region -"): where
 * it is, and the publisher it names with the metadata's, so neither the city nor the agency is
 * taken for a party to the facts of the first sentence, and what the article's own outlet was
 * told is not a relay.
 */
record Dateline(int begin, int end, List<String> publishers) {
    private static final Pattern WIRE = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[^()\\n]{1,60}?\\(([^()\\n]{2,40})\\)\\.?\\s*[-\u2013\u2014]+");

    private static final Pattern CITY = Pattern.compile(
            "(?m)^[ \\t]*\\p{Lu}[\\p{Lu} .'-]{2,40}(?:,[ \\t]*[\\p{L}. ]{2,30}?)?[ \\t]+[-\u2013\u2014]+[ \\t]");

    static Dateline of(Article a) {
        List<String> names = new ArrayList<>();
        int begin = -1;
        int end = -1;
        if (a.meta() != null && a.meta().publisher() != null) names.add(a.meta().publisher());
        for (var span : a.spans()) {
            if (span.kind() == MetaSpan.Kind.DATELINE && span.value() != null) {
                names.add(span.value());
                begin = span.begin();
                end = span.end();
            }
        }
        String head = a.text().substring(0, Math.min(a.text().length(), 1500));
        var m = WIRE.matcher(head);
        boolean found = m.find();
        if (!found) {
            m = WireReports.DATED.matcher(head);
            found = m.find();
        }
        if (found) {
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
