package org.claimtrace.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Patterns for page furniture ("Advertisement", "Most Read", "Source link"), read from furniture.txt. */
final class FurnitureLexicon {
    private final List<Pattern> linePatterns = new ArrayList<>();
    private final List<Pattern> inlinePatterns = new ArrayList<>();

    static FurnitureLexicon load() {
        return new FurnitureLexicon(org.claimtrace.util.Resources.lines(FurnitureLexicon.class, "furniture.txt"));
    }

    FurnitureLexicon(List<String> lines) {
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String kind = colon < 0 ? "" : line.substring(0, colon);
            String regex = line.substring(colon + 1).strip();
            try {
                Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                switch (kind) {
                    case "line" -> linePatterns.add(p);
                    case "inline" -> inlinePatterns.add(p);
                    default -> throw new IllegalStateException("furniture.txt:" + n + ": expected 'line:' or 'inline:'");
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("furniture.txt:" + n + ": bad pattern: " + e.getDescription());
            }
        }
    }

    boolean isFurnitureLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && linePatterns.stream().anyMatch(p -> p.matcher(s).matches());
    }

    List<Pattern> inlinePatterns() {
        return inlinePatterns;
    }
}
