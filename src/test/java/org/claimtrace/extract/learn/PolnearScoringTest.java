package org.claimtrace.extract.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.extract.HandParse;
import org.claimtrace.extract.Span;
import org.claimtrace.extract.attribution.Attribution;
import org.claimtrace.extract.learn.PolnearCorpus.GoldAttribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a split in PolNeAR's layout (BRAT standoff) and the measures of the literature, on a
 * text written here (no corpus text): code-point offsets, discontinuous spans, attributions
 * without a source, and exact against overlapping matches.
 */
class PolnearScoringTest {
    @Test
    void readsBratStandoffWithCodePointOffsetsAndFragments(@TempDir Path dir) throws Exception {
        // "🙂" is two UTF-16 units but one code point, as BRAT counts
        String text = "🙂 Officials said the army left. It was denied.";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/doc-a.txt"), text);
        Files.writeString(dir.resolve("attributions/doc-a_0001.ann"), String.join("\n",
                "T1\tSource 2 11\tOfficials",
                "T2\tCue 12 16\tsaid",
                "T3\tContent 17 20;21 25\tthe army",
                "T4\tAttribution 12 16\tsaid",
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
                "T5\tCue 39 45\tdenied",
                "T6\tContent 32 34\tIt",
                "T7\tAttribution 39 45\tdenied",
                "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
                "#1\tAnnotatorNotes T1\ta note, not an attribution",
                ""));
        Files.writeString(dir.resolve("attributions/doc-a_0002.ann"), "");
        List<PolnearCorpus.Document> docs = PolnearCorpus.read(dir);
        assertEquals(1, docs.size());
        List<GoldAttribution> g = docs.getFirst().attributions();
        assertEquals(2, g.size());
        int[] source = g.getFirst().source().getFirst();
        assertEquals("Officials", text.substring(source[0], source[1]));
        assertEquals(2, g.getFirst().content().size());
        assertEquals("army", text.substring(g.getFirst().content().get(1)[0], g.getFirst().content().get(1)[1]));
        assertEquals(List.of(), g.get(1).source());
        int[] cue = g.get(1).cue().getFirst();
        assertEquals("denied", text.substring(cue[0], cue[1]));
    }

    @Test
    void exactAndOverlapAndWhoSaidWhat() {
        AnnotatedArticle a = HandParse.article(
                "Officials/NNS/official said/VBD/say the/DT/the army/NN/army left/VBD/leave ./././.",
                """
                root(ROOT-0, said-2)
                nsubj(said-2, Officials-1)
                det(army-4, the-3)
                nsubj(left-5, army-4)
                ccomp(said-2, left-5)
                punct(said-2, .-6)""");
        String t = a.article().text();
        GoldAttribution gold = new GoldAttribution(List.of(span(t, "Officials")), List.of(span(t, "said")), List.of(span(t, "the army left")));
        // source and cue exact; content overlaps but is shorter; "." does not decide an exact match
        Attribution right = attribution(t, "Officials", "said", "army left .");
        Attribution wrongSource = attribution(t, "the army", "said", "the army left");
        AttributionScorer s = new AttributionScorer();
        s.add(a, List.of(gold), List.of(right, wrongSource));
        var c = s.counts();
        assertEquals(1.0, c.get("cue exact").recall());
        assertEquals(0.5, c.get("source exact").precision());
        assertEquals(0.5, c.get("content exact").precision());
        assertEquals(1.0, c.get("content overlap").precision());
        assertEquals(0.5, c.get("source+content overlap").precision());
        assertEquals(1.0, c.get("source+content overlap").recall());
    }

    private static int[] span(String text, String s) {
        int b = text.indexOf(s);
        return new int[] {b, b + s.length()};
    }

    private static Attribution attribution(String text, String source, String cue, String content) {
        return new Attribution(0, sp(text, source), -1, sp(text, cue), 1, sp(text, content), -1, "test", 1.0);
    }

    private static Span sp(String text, String s) {
        int[] x = span(text, s);
        return new Span(x[0], x[1], s);
    }
}
