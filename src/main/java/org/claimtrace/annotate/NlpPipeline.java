package org.claimtrace.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.claimtrace.source.Article;
import org.claimtrace.source.MetaSpan;

/**
 * The annotate stage: one CoreNLP pipeline, built once and shared by threads.
 *
 * <p>Annotators are the cheapest set extraction needs (measured, see STACK-NOTES): the 3-class
 * CRF NER without fine-grained classes, SUTime or numeric classifiers (places come out as
 * LOCATION; dates and figures are read by our own patterns), and the neural dependency parser
 * for the rules' Semgrex patterns. No coref, no constituency parse.
 */
public final class NlpPipeline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    /**
     * Sentences are tagged and parsed this many tokens at a time (a normal article in one go), so
     * that an article's time budget is checked every few hundred milliseconds.
     */
    static final int GROUP_TOKENS = 2_000;

    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final StanfordCoreNLP parser;
    private final MediaOutletTyper outlets;
    private final java.util.function.Predicate<java.util.Set<String>> parseNeeded;

    /** A pipeline that parses every sentence. */
    public NlpPipeline(MediaOutletTyper outlets) {
        this(outlets, null);
    }

    /**
     * A pipeline that runs the dependency parser only on sentences a rule could match: those
     * {@code parseNeeded} accepts (given their lower-cased lemmas and words) and those with a
     * quotation mark; every sentence when {@code parseNeeded} is null. The parse is the most
     * expensive annotator. The annotators run as three CoreNLP pipelines (splitting; tagging,
     * lemmas and NER; parsing), so that overlong sentences can be cut after the splitter
     * ({@link LongSentences}) and an article's time budget checked between groups of sentences;
     * CoreNLP shares the loaded models between them.
     */
    public NlpPipeline(MediaOutletTyper outlets, java.util.function.Predicate<java.util.Set<String>> parseNeeded) {
        this.splitter = new StanfordCoreNLP(stage("tokenize,ssplit"));
        this.tagger = new StanfordCoreNLP(stage("pos,lemma,ner"));
        this.parser = new StanfordCoreNLP(stage("depparse"));
        this.outlets = outlets;
        this.parseNeeded = parseNeeded;
    }

    /** The pipeline's properties for some of its annotators (the later ones trust the earlier ones' output). */
    private static Properties stage(String annotators) {
        Properties p = properties();
        p.setProperty("annotators", annotators);
        if (!annotators.startsWith("tokenize")) p.setProperty("enforceRequirements", "false");
        return p;
    }

    /** The annotators a document goes through ("depparse" marked when it is selective). */
    public String annotators() {
        return parseNeeded == null ? ANNOTATORS : ANNOTATORS.replace("depparse", "depparse(rule-cue sentences only)");
    }

    private static final java.util.regex.Pattern QUOTE = java.util.regex.Pattern.compile("[\"\u201c\u201d`']+");

    private boolean needsParse(CoreMap s) {
        return parseNeeded == null || selects(s.get(CoreAnnotations.TokensAnnotation.class), parseNeeded);
    }

    /**
     * CoreNLP over a text: split, overlong sentences cut, then tagged and parsed a group of
     * sentences at a time, with the budget checked before each group. Notes for the article
     * (sentences cut) are added to {@code notes}.
     */
    private Annotation run(String text, TimeBudget budget, List<String> notes) {
        Annotation doc = new Annotation(text);
        splitter.annotate(doc);
        LongSentences.cut(doc, LongSentences.MAX_TOKENS).ifPresent(notes::add);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        long total = tokens(sentences);
        long done = 0;
        for (List<CoreMap> group : groups(sentences)) {
            budget.check("while tagging, %,d of %,d tokens done".formatted(done, total));
            tagger.annotate(part(text, group));
            done += tokens(group);
        }
        List<CoreMap> selected = sentences.stream().filter(this::needsParse).toList();
        int parsed = 0;
        for (List<CoreMap> group : groups(selected)) {
            budget.check("while parsing, %,d of %,d sentences done".formatted(parsed, selected.size()));
            parser.annotate(part(text, group));
            parsed += group.size();
        }
        return doc;
    }

    /** Consecutive sentences of about {@link #GROUP_TOKENS} tokens together. */
    private static List<List<CoreMap>> groups(List<CoreMap> sentences) {
        List<List<CoreMap>> out = new ArrayList<>();
        List<CoreMap> group = new ArrayList<>();
        long size = 0;
        for (CoreMap s : sentences) {
            group.add(s);
            size += s.get(CoreAnnotations.TokensAnnotation.class).size();
            if (size >= GROUP_TOKENS) {
                out.add(group);
                group = new ArrayList<>();
                size = 0;
            }
        }
        if (!group.isEmpty()) out.add(group);
        return out;
    }

    private static long tokens(List<CoreMap> sentences) {
        return sentences.stream().mapToLong(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
    }

    /** A document of some of the sentences (the same objects, so annotating it annotates them). */
    private static Annotation part(String text, List<CoreMap> sentences) {
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return sub;
    }

    /** Whether a sentence is parsed: it has a quotation mark, or {@code parseNeeded} accepts its words and lemmas. */
    public static boolean selects(List<CoreLabel> tokens, java.util.function.Predicate<java.util.Set<String>> parseNeeded) {
        return tokens.stream().anyMatch(t -> quoteMark(t.word())) || parseNeeded.test(wordsAndLemmas(tokens));
    }

    /** A token that is a quotation mark as the tokenizer writes it ({@code ``}, {@code ''}, straight or curly). */
    static boolean quoteMark(String word) {
        return QUOTE.matcher(word).matches();
    }

    /** The lower-cased words and lemmas of a sentence's tokens: what the rules' cue words are checked against. */
    public static java.util.Set<String> wordsAndLemmas(List<CoreLabel> tokens) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (CoreLabel t : tokens) {
            words.add(t.word().toLowerCase(java.util.Locale.ROOT));
            if (t.lemma() != null) words.add(t.lemma().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("tokenize.language", "en");
        // Keep "Al-Bayan", "NLF-South", "AQ-M" as one token: hyphenated names are names.
        p.setProperty("tokenize.options", "splitHyphenated=false,invertible=true");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("depparse.extradependencies", "NONE");
        return p;
    }

    /**
     * The CoreNLP pass over a text alone (sentences cut, no time budget): the benchmark's baseline,
     * and what training caches and reads back through {@link #fromRaw}.
     */
    public Annotation annotateRaw(String text) {
        return run(text, TimeBudget.NONE, new ArrayList<>());
    }

    public AnnotatedArticle annotate(Article article) {
        return annotate(article, TimeBudget.NONE);
    }

    /** The article annotated, or {@link TimeBudget.Exceeded} once its budget is spent. */
    public AnnotatedArticle annotate(Article article, TimeBudget budget) {
        List<String> notes = new ArrayList<>();
        Annotation doc = run(AnalysisText.of(article).text(), budget, notes);
        return fromRaw(article, doc, notes);
    }

    /**
     * The article from CoreNLP's annotation of its analysis text ({@link AnalysisText#of}), made
     * now ({@link #annotateRaw}, sentences cut as {@link #annotate} cuts them) or earlier
     * (training reads cached annotations, see {@code extract.learn}).
     */
    public AnnotatedArticle fromRaw(Article article, Annotation doc) {
        return fromRaw(article, doc, List.of());
    }

    private AnnotatedArticle fromRaw(Article article, Annotation doc, List<String> notes) {
        AnalysisText at = AnalysisText.of(article);
        List<AnnotatedSentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap s = coreSentences.get(si);
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int ti = 0; ti < labels.size(); ti++) {
                CoreLabel l = labels.get(ti);
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(ti, l.word(), l.lemma(), l.tag(), ner,
                        at.original(l.beginPosition()), at.original(l.endPosition())));
            }
            int begin = tokens.getFirst().begin();
            int end = tokens.getLast().end();
            SemanticGraph deps = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            sentences.add(new AnnotatedSentence(si, begin, end, article.text().substring(begin, end), tokens, deps, labels));
            mentions.addAll(nerMentions(si, tokens, article.text()));
        }
        List<Mention> named = GroupNames.add(article.text(), sentences, NameCompleter.complete(article.text(), sentences, mentions));
        List<Mention> typed = new ArrayList<>(NameTyper.shared().type(article, sentences, outlets.type(article, sentences, named)));
        typed.addAll(metadataMentions(article));
        return new AnnotatedArticle(article, sentences, typed, notes);
    }

    /**
     * Bylines and photo credits name people outside any sentence: they become PERSON mentions
     * (sentence -1) so the author and the photographer are entities like any other.
     */
    private static List<Mention> metadataMentions(Article article) {
        List<Mention> out = new ArrayList<>();
        String text = article.text();
        for (MetaSpan s : article.spans()) {
            if (s.kind() != MetaSpan.Kind.BYLINE && s.kind() != MetaSpan.Kind.PHOTO_CREDIT) continue;
            String kind = s.kind() == MetaSpan.Kind.BYLINE ? "byline" : "photo-credit";
            List<String> names = s.kind() == MetaSpan.Kind.BYLINE ? article.meta().authors() : List.of(s.value());
            int from = s.begin();
            for (String name : names) {
                int at = text.indexOf(name, from);
                if (at < 0 || at >= s.end()) continue;
                out.add(new Mention(name, EntityType.PERSON, -1, -1, -1, at, at + name.length(), kind));
                from = at + name.length();
            }
        }
        return out;
    }

    /** Maximal runs of one NER tag (CoreNLP's IO tagging) that map to a type we keep. */
    private static List<Mention> nerMentions(int si, List<Token> tokens, String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(tag)) j++;
            int from = i;
            // "Red Dawn K", "Unit B": a single capital letter right after an organisation's name is part of it.
            if (tag.equals("ORGANIZATION") && j < tokens.size() && tokens.get(j).word().matches("\\p{Lu}")
                    && !tokens.get(j).word().equals("I") && !tokens.get(j).word().equals("A")) j++;
            int to = j;
            EntityType.fromNer(tag).ifPresent(type -> {
                int b = tokens.get(from).begin();
                int e = tokens.get(to - 1).end();
                out.add(new Mention(text.substring(b, e), type, si, from, to, b, e, "ner"));
            });
            i = j;
        }
        return out;
    }
}
