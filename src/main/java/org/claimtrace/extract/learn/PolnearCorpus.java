package org.claimtrace.extract.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A split of the PolNeAR corpus (Newell, Margolin and Ruths, LREC 2018) as it sits in a local copy:
 * {@code SPLIT/text/NAME.txt} and {@code SPLIT/attributions/NAME_ANNOTATOR.ann} (BRAT standoff).
 * The corpus has no licence for its texts, so claimtrace never ships it; a user points at a copy.
 * Where an article was annotated by several annotators, the first annotation file in name order
 * is taken, so every run reads the same gold.
 */
public final class PolnearCorpus {
    private PolnearCorpus() {}

    /** One article with its gold attributions; offsets index {@code text} (UTF-16, as Java strings do). */
    public record Document(String name, String text, List<GoldAttribution> attributions) {}

    /**
     * One annotated attribution. Each role is a list of [begin, end) fragments (BRAT allows
     * discontinuous spans); {@code source} is empty for an attribution without a source.
     */
    public record GoldAttribution(List<int[]> source, List<int[]> cue, List<int[]> content) {}

    /** Reads a split folder (the one holding {@code text/} and {@code attributions/}). */
    public static List<Document> read(Path split) {
        Path texts = split.resolve("text");
        Path anns = split.resolve("attributions");
        if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
            throw new IllegalArgumentException(split + " is not a PolNeAR split folder (no text/ and attributions/ in it)");
        }
        List<Document> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path t : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = firstAnnotation(anns, name);
                if (ann == null) continue;
                String text = Files.readString(t, StandardCharsets.UTF_8);
                out.add(new Document(name, text, parse(text, Files.readAllLines(ann, StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Path firstAnnotation(Path anns, String name) throws IOException {
        try (Stream<Path> s = Files.list(anns)) {
            return s.filter(p -> {
                String f = p.getFileName().toString();
                return f.endsWith(".ann") && f.startsWith(name + "_") && f.length() == name.length() + 1 + 4 + 4;
            }).sorted().findFirst().orElse(null);
        }
    }

    /** BRAT lines: {@code T1<TAB>Type b e[;b e]*<TAB>text} and {@code E1<TAB>Attribution:T4 Cue:T2 ...}; other lines are notes. */
    static List<GoldAttribution> parse(String text, List<String> lines) {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String> events = new ArrayList<>();
        for (String line : lines) {
            String[] c = line.split("\t");
            if (c.length < 2) continue;
            if (c[0].matches("T\\d+")) {
                String[] typeAndRange = c[1].split(" ", 2);
                if (typeAndRange.length < 2) continue;
                List<int[]> frags = new ArrayList<>();
                for (String r : typeAndRange[1].split(";")) {
                    String[] be = r.strip().split(" ");
                    frags.add(new int[] {utf16(text, Integer.parseInt(be[0])), utf16(text, Integer.parseInt(be[1]))});
                }
                spans.put(c[0], frags);
            } else if (c[0].matches("E\\d+")) {
                events.add(c[1]);
            }
        }
        List<GoldAttribution> out = new ArrayList<>();
        for (String e : events) {
            List<int[]> source = new ArrayList<>();
            List<int[]> cue = new ArrayList<>();
            List<int[]> content = new ArrayList<>();
            boolean attribution = false;
            for (String arg : e.strip().split(" ")) {
                String[] rv = arg.split(":");
                if (rv.length != 2) continue;
                List<int[]> s = spans.getOrDefault(rv[1], List.of());
                switch (rv[0].replaceFirst("\\d+$", "")) {
                    case "Attribution", "Attribution-no-source" -> attribution = true;
                    case "Source" -> source.addAll(s);
                    case "Cue" -> cue.addAll(s);
                    case "Content" -> content.addAll(s);
                    default -> { }
                }
            }
            if (attribution && !cue.isEmpty() && !content.isEmpty()) out.add(new GoldAttribution(source, cue, content));
        }
        return out;
    }

    /** BRAT counts code points; Java strings index UTF-16 units. */
    private static int utf16(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.min(codePoints, cps));
    }
}
