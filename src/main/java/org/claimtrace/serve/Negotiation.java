package org.claimtrace.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.claimtrace.query.ResultFormat;

/** Picks the result format of a request: ?format= first, else the Accept header (by q), else JSON. */
final class Negotiation {
    private Negotiation() {}

    static ResultFormat resultFormat(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null) {
            ResultFormat byName = byName(f.strip().toLowerCase(Locale.ROOT));
            if (byName == null) {
                throw new BadRequest(400, "format=" + f + " is not known; use json, xml, csv, tsv or text");
            }
            return byName;
        }
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) return ResultFormat.JSON;
        record Choice(String type, double q, int order) {}
        List<Choice> choices = new ArrayList<>();
        String[] parts = accept.split(",");
        for (int i = 0; i < parts.length; i++) {
            String[] p = parts[i].split(";");
            double q = 1.0;
            for (int k = 1; k < p.length; k++) {
                String a = p[k].strip();
                if (a.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(a.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            choices.add(new Choice(p[0].strip().toLowerCase(Locale.ROOT), q, i));
        }
        choices.sort(Comparator.comparingDouble((Choice c) -> -c.q()).thenComparingInt(Choice::order));
        for (Choice c : choices) {
            if (c.q() <= 0) continue;
            ResultFormat rf = byMediaType(c.type());
            if (rf != null) return rf;
        }
        throw new BadRequest(406, "cannot answer with " + accept + "; results come as application/sparql-results+json, "
                + "application/sparql-results+xml, text/csv, text/tab-separated-values or text/plain");
    }

    private static ResultFormat byName(String f) {
        return switch (f) {
            case "json", "srj" -> ResultFormat.JSON;
            case "xml", "srx" -> ResultFormat.XML;
            case "csv" -> ResultFormat.CSV;
            case "tsv" -> ResultFormat.TSV;
            case "text", "table", "txt" -> ResultFormat.TABLE;
            default -> null;
        };
    }

    private static ResultFormat byMediaType(String t) {
        return switch (t) {
            case "application/sparql-results+json", "application/json", "*/*", "application/*" -> ResultFormat.JSON;
            case "application/sparql-results+xml", "application/xml", "text/xml" -> ResultFormat.XML;
            case "text/csv" -> ResultFormat.CSV;
            case "text/tab-separated-values" -> ResultFormat.TSV;
            case "text/plain", "text/*" -> ResultFormat.TABLE;
            default -> null;
        };
    }

    static String contentType(ResultFormat f) {
        return switch (f) {
            case JSON -> "application/sparql-results+json";
            case XML -> "application/sparql-results+xml";
            case CSV -> "text/csv";
            case TSV -> "text/tab-separated-values";
            case TABLE -> "text/plain";
        };
    }
}
