package org.claimtrace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimtrace.source.Article;
import org.claimtrace.source.ArticleIds;
import org.claimtrace.source.ArticleReader;
import org.claimtrace.source.MetaSpan;
import org.claimtrace.source.PublicationDates;
import org.claimtrace.source.Skipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source stage: dates, bylines, furniture, HTML, JSON Lines and CSV. No CoreNLP here. */
class SourceTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsPublicationDatesInTheirCommonForms() {
        assertEquals("2024-03-25", PublicationDates.find("date 2024-03-25 In a bold").orElseThrow().iso());
        assertEquals("2024-03-25", PublicationDates.find("25.03.2024terror").orElseThrow().iso());
        assertEquals("2024-03-26T09:33:00+01:00", PublicationDates.find("Mar.26 - 2024 9:33 AM CET").orElseThrow().iso());
        assertEquals("2025-06-03", PublicationDates.find("June 3, 2025").orElseThrow().iso());
        assertEquals("2025-06-03", PublicationDates.find("3 June 2025").orElseThrow().iso());
        assertTrue(PublicationDates.find("31.02.2024").isEmpty());
    }

    @Test
    void findsTitleBylineDateAndDropsFurniture() {
        String text = "Storm Hits the Coast Again\n\nBy Jane Doe\n\nPublished 14.05.2025\n\nAdvertisement\n\n"
                + "Photo: Sam Lee / Agency\nThe storm reached the coast on Monday.\n\nMost Read\n";
        Article a = reader.fromText("x.txt", text);
        assertEquals("Storm Hits the Coast Again", a.meta().title());
        assertEquals(List.of("Jane Doe"), a.meta().authors());
        assertEquals("2025-05-14", a.meta().published());
        List<MetaSpan.Kind> kinds = a.spans().stream().map(MetaSpan::kind).toList();
        assertTrue(kinds.contains(MetaSpan.Kind.PHOTO_CREDIT) && kinds.contains(MetaSpan.Kind.FURNITURE), kinds.toString());
        for (MetaSpan s : a.spans()) assertTrue(s.end() <= text.length() && s.begin() >= 0);
    }

    @Test
    void aSiteNameBeforeARepeatedHeadlineIsThePublisherButARepeatedDateMakesNoneOfTheHeadline() {
        Article site = reader.fromText("s.txt", "Daily Beacon\nStorm hits the coast again\nStorm hits the coast again\n"
                + "The storm reached the coast on Monday.");
        assertEquals("Daily Beacon", site.meta().publisher());
        assertEquals("Storm hits the coast again", site.meta().title());
        Article dated = reader.fromText("d.txt", "Storm hits the coast again: mayor\nDPA\nSeptember 3, 2016 12:42 MYT\n"
                + "September 3, 2016 12:42 MYT\nThe storm reached the coast on Monday, the city's mayor said.");
        assertEquals(null, dated.meta().publisher());
        assertEquals("Storm hits the coast again: mayor", dated.meta().title());
    }

    @Test
    void wireDatelineNamesItsAgency() {
        Article a = reader.fromText("w.txt", "CAIRO (Reuters) - A bomb exploded near a police station in central Cairo on Tuesday.");
        assertTrue(a.spans().stream().anyMatch(s -> s.kind() == MetaSpan.Kind.DATELINE && s.value().equals("Reuters")), a.spans().toString());
    }

    @Test
    void idIsTheSameForTheSameTextWhateverItsWhiteSpace() {
        assertEquals(ArticleIds.idOf("A  claim\r\nwas made."), ArticleIds.idOf("A claim was made.  "));
    }

    @Test
    void htmlTextAndMetadataComeFromAnHtmlParser(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("p.html"), "<html><head><title>Site | Blast</title><meta property=\"og:title\" content=\"Blast in Lagos\">"
                + "<meta name=\"author\" content=\"Ada Obi\"><meta property=\"article:published_time\" content=\"2025-02-01T10:00:00Z\">"
                + "<script>var x = 1;</script></head><body><nav>Home | News</nav><article><h1>Blast in Lagos</h1>"
                + "<p>A blast hit the market.</p><p>Police said &amp; confirmed it.</p></article><footer>(c)</footer></body></html>");
        Article a = reader.read(List.of(tmp.resolve("p.html"))).articles().getFirst();
        assertEquals("Blast in Lagos", a.meta().title());
        assertEquals(List.of("Ada Obi"), a.meta().authors());
        assertTrue(a.meta().published().startsWith("2025-02-01"));
        assertTrue(a.text().contains("A blast hit the market.\n\nPolice said & confirmed it."), a.text());
        assertTrue(!a.text().contains("var x") && !a.text().contains("Home | News"), a.text());
    }

    @Test
    void jsonLinesCarryTheirOwnMetadata(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("f.jsonl"), "{\"text\": \"A blast hit the market in Lagos.\", \"title\": \"Blast\", "
                + "\"author\": [\"Ada Obi\", \"Tom Ude\"], \"publisher\": \"Daily Beacon\", \"published\": \"2025-02-01\", \"url\": \"https://example.org/b\"}\n");
        ArticleReader.Batch b = reader.read(List.of(tmp.resolve("f.jsonl")));
        Article a = b.articles().getFirst();
        assertEquals("f.jsonl#1", a.sourceName());
        assertEquals(List.of("Ada Obi", "Tom Ude"), a.meta().authors());
        assertEquals("Daily Beacon", a.meta().publisher());
        assertEquals("2025-02-01", a.meta().published());
    }

    @Test
    void csvRowsAreArticlesWithTheirOwnMetadata(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("news.csv");
        Files.writeString(csv, "id,Title,TEXT,published,author,publisher,url\n"
                + "7,Blast,\"A blast hit the market in Lagos, police said.\nThe \"\"Northern Front\"\" claimed it.\",2025-02-01,Ada Obi; Tom Ude,Daily Beacon,"
                + "https://example.org/b\n"
                + "8,Empty,,,,,\n"
                + "9,,Fire in Accra.,,,,\n");
        ArticleReader.Batch b = reader.read(List.of(tmp));
        assertEquals(2, b.articles().size(), b.toString());
        Article a = b.articles().getFirst();
        assertEquals("news.csv#2", a.sourceName());
        assertEquals("A blast hit the market in Lagos, police said.\nThe \"Northern Front\" claimed it.", a.text());
        assertEquals("Blast", a.meta().title());
        assertEquals(List.of("Ada Obi", "Tom Ude"), a.meta().authors());
        assertEquals("2025-02-01", a.meta().published());
        assertEquals("Daily Beacon", a.meta().publisher());
        assertEquals("news.csv#4", b.articles().get(1).sourceName());
        assertEquals(List.of(new Skipped(csv.toString() + ":row 3", "no text")), b.skipped());
    }

    @Test
    void aCsvWithoutATextColumnAndAFileOfAnotherKindAreRefusedWithTheirReason(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("list.csv"), "headline,body\nBlast,A blast hit the market.\n");
        Files.writeString(tmp.resolve("report.pdf"), "%PDF-1.7 not really");
        Files.writeString(tmp.resolve("notes"), "The ministry said the fire in Accra was put out.");
        ArticleReader.Batch b = reader.read(List.of(tmp.resolve("list.csv"), tmp.resolve("report.pdf"), tmp.resolve("notes")));
        assertEquals(List.of("notes"), b.articles().stream().map(Article::sourceName).toList());
        String why = b.skipped().toString();
        assertTrue(why.contains("list.csv: no 'text' column in the CSV header (it has: headline, body)"), why);
        assertTrue(why.contains("report.pdf: not a kind of file claimtrace reads (.pdf); it reads .txt"), why);
        // Inside a folder, files of other kinds are left alone; a CSV is read.
        assertTrue(reader.read(List.of(tmp)).skipped().stream().noneMatch(s -> s.where().endsWith(".pdf")));
    }
}
