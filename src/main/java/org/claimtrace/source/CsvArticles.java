package org.claimtrace.source;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files of articles (RFC 4180, as spreadsheets and pandas write them): a header row naming a
 * {@code text} column and optionally {@code title}, {@code url}, {@code published},
 * {@code publisher} and {@code author} (several authors separated by ";"), in any order and case;
 * other columns are ignored. Parsed with Apache Commons CSV, so quoted fields may hold commas,
 * doubled quotes and line breaks. Each row is one article, named {@code file.csv#ROW} by its
 * spreadsheet row (the header is row 1). A row without text is skipped alone; a file without a
 * text column, or whose quoting breaks, is skipped from there on with the reason.
 */
final class CsvArticles {
    static final List<String> COLUMNS = List.of("text", "title", "url", "published", "publisher", "author");

    private CsvArticles() {}

    static void read(String name, String where, String content, ArticleReader reader, List<Article> articles, List<Skipped> skipped) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("text")) {
                skipped.add(new Skipped(where, "no 'text' column in the CSV header (it has: " + String.join(", ", parser.getHeaderNames())
                        + "); name the article text column 'text', optional: " + String.join(", ", COLUMNS.subList(1, COLUMNS.size()))));
                return;
            }
            long row = 1;
            try {
                for (CSVRecord r : parser) {
                    row = r.getRecordNumber() + 1;
                    String text = r.isSet(columns.get("text")) ? r.get(columns.get("text")) : null;
                    if (text == null || text.isBlank()) {
                        skipped.add(new Skipped(where + ":row " + row, "no text"));
                        continue;
                    }
                    String authors = field(r, columns, "author");
                    ArticleMeta given = ArticleMeta.given(field(r, columns, "title"),
                            authors == null ? List.of() : Arrays.stream(authors.split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList(),
                            field(r, columns, "published"), field(r, columns, "publisher"), field(r, columns, "url"));
                    articles.add(reader.plainText(name + "#" + row, text, given));
                }
            } catch (UncheckedIOException e) {
                skipped.add(new Skipped(where + ":row " + (row + 1), "malformed CSV (" + e.getCause().getMessage() + "); the rest of the file"));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            skipped.add(new Skipped(where, "malformed CSV header (" + e.getMessage() + ")"));
        }
    }

    /** Lower-cased, trimmed header names to the header as written. */
    private static Map<String, String> columns(List<String> header) {
        Map<String, String> out = new TreeMap<>();
        for (String h : header) out.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h);
        return out;
    }

    private static String field(CSVRecord r, Map<String, String> columns, String column) {
        String h = columns.get(column);
        if (h == null || !r.isSet(h)) return null;
        String v = r.get(h);
        return v.isBlank() ? null : v.strip();
    }
}
