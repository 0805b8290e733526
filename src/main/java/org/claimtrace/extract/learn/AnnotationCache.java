package org.claimtrace.extract.learn;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.claimtrace.annotate.AnalysisText;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.NlpPipeline;
import org.claimtrace.source.Article;

/**
 * CoreNLP's annotations of training and development texts, kept on disk (protobuf, gzip) so that
 * training and scoring runs after the first skip the parser. Keyed by a hash of the analysis text
 * and the annotator list, so a changed text or pipeline is annotated again. A cache lives outside
 * the repository (its contents derive from unlicensed texts).
 */
public final class AnnotationCache {
    private final Path dir;
    private final NlpPipeline nlp;
    private final ProtobufAnnotationSerializer serializer = new ProtobufAnnotationSerializer(false);

    /** @param dir the cache folder, or null for no cache */
    public AnnotationCache(Path dir, NlpPipeline nlp) {
        this.dir = dir;
        this.nlp = nlp;
    }

    public AnnotatedArticle annotate(Article article) {
        String text = AnalysisText.of(article).text();
        if (dir == null) return nlp.fromRaw(article, nlp.annotateRaw(text));
        Path file = dir.resolve(key(text) + ".pb.gz");
        if (Files.isRegularFile(file)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                Annotation doc = serializer.read(in).first();
                return nlp.fromRaw(article, doc);
            } catch (IOException | ClassNotFoundException | RuntimeException e) {
                // a damaged entry is annotated again below
            }
        }
        Annotation doc = nlp.annotateRaw(text);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "entry", ".tmp");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
                serializer.write(doc, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annotation cache in " + dir, e);
        }
        return nlp.fromRaw(article, doc);
    }

    private String key(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(nlp.annotators().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
