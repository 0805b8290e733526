package org.claimtrace.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The source stage: turns files and folders into {@link Article}s. Plain text (UTF-8), HTML,
 * JSON Lines and CSV are read; folders are walked recursively, taking the files of those kinds
 * (and files without an extension, as text). A file that cannot be an article (empty, binary, not
 * UTF-8, unreadable, too large, of another kind when named on its own) or a malformed JSON line or
 * CSV row is reported as {@link Skipped} and the rest goes on.
 */
public final class ArticleReader {

    /** What reading gave: the articles, in input order, and what was skipped. */
    public record Batch(List<Article> articles, List<Skipped> skipped) {}

    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<String> TEXT_EXT = Set.of("txt", "text", "md");
    private static final Set<String> HTML_EXT = Set.of("html", "htm", "xhtml");
    private static final Set<String> JSONL_EXT = Set.of("jsonl", "ndjson");
    private static final Set<String> CSV_EXT = Set.of("csv");
    /** What the refusal of another kind of file names, in the order a user reads it. */
    private static final String KINDS = ".txt, .text, .md (UTF-8 text), .html, .htm, .xhtml, .jsonl, .ndjson (one article a line), "
            + ".csv (a 'text' column), or no extension (text)";

    private final long maxBytes;
    private final TextMetadataReader textMeta;

    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) throw new IllegalArgumentException("maximum file size must be positive");
        this.maxBytes = maxBytes;
        this.textMeta = new TextMetadataReader(FurnitureLexicon.load());
    }

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** Reads every path: a file as an article (or a JSON Lines file as many), a folder recursively. */
    public Batch read(List<Path> paths) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Path f : files(paths, skipped)) readFile(f, articles, skipped);
        return new Batch(articles, skipped);
    }

    /**
     * The files {@code paths} name, folders walked (what {@link #read} reads), without reading
     * them: a large batch can then be read a group at a time ({@link FileGroups}).
     */
    public List<Path> files(List<Path> paths, List<Skipped> skipped) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) files.addAll(filesUnder(p, skipped));
            else files.add(p);
        }
        return files;
    }

    /** One article from a string, as if read from a text file called {@code sourceName}. */
    public Article fromText(String sourceName, String text) {
        return plainText(sourceName, text, ArticleMeta.EMPTY);
    }

    /**
     * The article files under {@code dir}, sorted. A sub-folder that cannot be listed (no
     * permission, gone meanwhile) is reported and skipped alone; the files beside it are read.
     */
    private List<Path> filesUnder(Path dir, List<Skipped> skipped) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !f.getFileName().toString().startsWith(".")
                            && readsFile(f.getFileName().toString())) {
                        files.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    skipped.add(new Skipped(f.toString(), (Files.isDirectory(f) ? "cannot list folder" : "cannot read") + " ("
                            + (e instanceof AccessDeniedException ? "permission denied" : e.getMessage()) + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            skipped.add(new Skipped(dir.toString(), "cannot list folder (" + e.getMessage() + ")"));
        }
        files.sort(null);
        return files;
    }

    private void readFile(Path file, List<Article> articles, List<Skipped> skipped) {
        String where = file.toString();
        byte[] bytes;
        try {
            if (!Files.exists(file)) {
                skipped.add(new Skipped(where, "no such file"));
                return;
            }
            Skipped refused = refusal(file.getFileName().toString(), where, Files.size(file));
            if (refused != null) {
                skipped.add(refused);
                return;
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            skipped.add(new Skipped(where, "cannot read (permission denied)"));
            return;
        } catch (NoSuchFileException e) {
            skipped.add(new Skipped(where, "no such file"));
            return;
        } catch (IOException e) {
            skipped.add(new Skipped(where, "cannot read (" + e.getMessage() + ")"));
            return;
        }
        readBytes(file.getFileName().toString(), where, bytes, articles, skipped);
    }

    /**
     * Why a file of this name and size is not read (another kind, too large), or null when it is:
     * the checks {@link #read} makes before it opens a file, for files listed on another file
     * system (the Spark job lists them on HDFS, S3...).
     */
    public Skipped refusal(String name, String where, long size) {
        if (!readsKind(name) && !extension(name).isEmpty()) {
            return new Skipped(where, "not a kind of file claimtrace reads (." + extension(name) + "); it reads " + KINDS);
        }
        if (size > maxBytes) return new Skipped(where, "too large (%,d bytes; the limit is %,d, see --max-size)".formatted(size, maxBytes));
        return null;
    }

    /**
     * The articles of a file's content read from another file system, as {@link #read} reads a
     * local file of that name: {@code name} decides the kind and names the articles, {@code where}
     * (its full path) names it in skip reasons.
     */
    public Batch read(String name, String where, byte[] bytes) {
        List<Article> articles = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        readBytes(name, where, bytes, articles, skipped);
        return new Batch(articles, skipped);
    }

    /**
     * One article from a record's fields (a Parquet row has those of a JSON line): its text and
     * the metadata given beside it, or a skip when the text cannot be an article's (absent,
     * empty, holding a NUL).
     */
    public Batch record(String sourceName, String text, String title, List<String> authors, String published, String publisher,
                        String url) {
        String problem = JsonLinesArticles.textProblem(text);
        if (problem != null) return new Batch(List.of(), List.of(new Skipped(sourceName, problem)));
        ArticleMeta given = ArticleMeta.given(title, authors, published, publisher, url);
        return new Batch(List.of(plainText(sourceName, text, given)), List.of());
    }

    /** Whether a folder's file of this name is read (a kind claimtrace reads, or no extension: text). */
    public static boolean readsFile(String name) {
        return readsKind(name) || extension(name).isEmpty();
    }

    private void readBytes(String name, String where, byte[] bytes, List<Article> articles, List<Skipped> skipped) {
        String text = decode(bytes, where, skipped);
        if (text == null) return;
        String ext = extension(name);
        if (JSONL_EXT.contains(ext)) {
            JsonLinesArticles.read(name, where, text, this, articles, skipped);
        } else if (CSV_EXT.contains(ext)) {
            CsvArticles.read(name, where, text, this, articles, skipped);
        } else if (HTML_EXT.contains(ext)) {
            articles.add(HtmlArticles.read(name, text, this));
        } else {
            articles.add(plainText(name, text, ArticleMeta.EMPTY));
        }
    }

    /** Strict UTF-8 with checks for empty and binary content; null (and a skip) when it is not text. */
    private static String decode(byte[] bytes, String where, List<Skipped> skipped) {
        if (bytes.length == 0) {
            skipped.add(new Skipped(where, "empty file"));
            return null;
        }
        // A NUL anywhere: no text holds one, and it would be stored in the article text (nif:isString).
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                skipped.add(new Skipped(where, "binary file (NUL byte at offset " + i + ")"));
                return null;
            }
        }
        int controls = 0;
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') controls++;
        }
        if (controls > Math.min(bytes.length, 8192) / 10) {
            skipped.add(new Skipped(where, "binary file (control characters)"));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            if (text.isBlank()) {
                skipped.add(new Skipped(where, "empty file (only white space)"));
                return null;
            }
            return text;
        } catch (MalformedInputException e) {
            skipped.add(new Skipped(where, "not UTF-8 text (bad byte near offset " + in.position() + ")"));
            return null;
        } catch (CharacterCodingException e) {
            skipped.add(new Skipped(where, "not UTF-8 text"));
            return null;
        }
    }

    /** Builds an article from plain text: metadata found in the text fills what {@code given} lacks. */
    Article plainText(String sourceName, String text, ArticleMeta given) {
        TextMetadataReader.Result found = textMeta.read(text);
        return new Article(ArticleIds.idOf(text), sourceName, text, given.orElse(found.meta()), found.spans());
    }

    private static boolean readsKind(String name) {
        String ext = extension(name);
        return TEXT_EXT.contains(ext) || HTML_EXT.contains(ext) || JSONL_EXT.contains(ext) || CSV_EXT.contains(ext);
    }

    private static String extension(String n) {
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
