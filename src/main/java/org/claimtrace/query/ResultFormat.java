package org.claimtrace.query;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.WebContent;

/** Output formats for query results, each with the media type it is served as over HTTP. */
public enum ResultFormat {
    TABLE(WebContent.contentTypeTextPlain),
    CSV(WebContent.contentTypeTextCSV),
    TSV(WebContent.contentTypeTextTSV),
    JSON(WebContent.contentTypeResultsJSON),
    XML(WebContent.contentTypeResultsXML);

    private final String mediaType;

    ResultFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format served as {@code mediaType}; plain JSON and XML are taken as their SPARQL results forms. */
    public static Optional<ResultFormat> ofMediaType(String mediaType) {
        String t = switch (mediaType) {
            case WebContent.contentTypeJSON -> WebContent.contentTypeResultsJSON;
            case WebContent.contentTypeXML -> WebContent.contentTypeResultsXML;
            default -> mediaType;
        };
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(t)).findFirst();
    }
}
