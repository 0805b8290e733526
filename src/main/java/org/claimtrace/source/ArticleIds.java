package org.claimtrace.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Article ids: the SHA-256 of the normalised text, so the same article always gets the same id. */
public final class ArticleIds {
    private ArticleIds() {}

    /** NFC, runs of white space as one space, trimmed: what a copy-paste or a re-save does not change. */
    public static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }

    public static String idOf(String text) {
        return sha256(normalise(text));
    }

    public static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
