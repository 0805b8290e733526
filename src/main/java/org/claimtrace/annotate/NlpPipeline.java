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

    private final StanfordCoreNLP nlp;
    private final MediaOutletTyper outlets;

    private final StanfordCoreNLP parser;
    private final java.util.function.Predicate<java.util.Set<String>> parseNeeded;

    /** A pipeline that parses every sentence. */
    public NlpPipeline(MediaOutletTyper outlets) {
        this.nlp = new StanfordCoreNLP(properties());
        this.outlets = outlets;
        this.parser = null;
        this.parseNeeded = null;
    }

    /**
     * A pipeline that runs the dependency parser only on sentences a rule could match: those
     * {@code parseNeeded} accepts (given their lower-cased lemmas and words) and those with a
     * quotation mark. The parse is the most expensive annotator.
     */
    public NlpPipeline(MediaOutletTyper outlets, java.util.function.Predicate<java.util.Set<String>> parseNeeded) {
        Properties p = properties();
        p.setProperty("annotators", ANNOTATORS.replace(",depparse", ""));
        this.nlp = new StanfordCoreNLP(p);
        Properties dp = new Properties();
        dp.setProperty("annotators", "depparse");
        dp.setProperty("depparse.extradependencies", "NONE");
        dp.setProperty("enforceRequirements", "false");
        this.parser = new StanfordCoreNLP(dp);
        this.outlets = outlets;
        this.parseNeeded = parseNeeded;
    }

    /** The annotators a document goes through ("depparse" marked when it is selective). */
    public String annotators() {
        return parser == null ? ANNOTATORS : ANNOTATORS.replace("depparse", "depparse(rule-cue sentences only)");
    }

    private static final java.util.regex.Pattern QUOTE = java.util.regex.Pattern.compile("[\"\u201c\u201d`']+");

    private void parseSelected(Annotation doc) {
        List<CoreMap> selected = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            boolean quote = tokens.stream().anyMatch(t -> QUOTE.matcher(t.word()).matches());
            if (quote || parseNeeded.test(wordsAndLemmas(tokens))) selected.add(s);
        }
        if (selected.isEmpty()) return;
        Annotation sub = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        sub.set(CoreAnnotations.SentencesAnnotation.class, selected);
        parser.annotate(sub);
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

    /** The raw CoreNLP pass over a text, for the benchmark's baseline. */
    public Annotation annotateRaw(String text) {
        Annotation a = new Annotation(text);
        nlp.annotate(a);
        if (parser != null) parseSelected(a);
        return a;
    }

    public AnnotatedArticle annotate(Article article) {
        return fromRaw(article, annotateRaw(AnalysisText.of(article).text()));
    }

    /**
     * The article from CoreNLP's annotation of its analysis text ({@link AnalysisText#of}), made
     * now or earlier (training reads cached annotations, see {@code extract.learn}).
     */
    public AnnotatedArticle fromRaw(Article article, Annotation doc) {
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
        List<Mention> named = NameCompleter.complete(article.text(), sentences, mentions);
        List<Mention> typed = new ArrayList<>(NameTyper.shared().type(article, sentences, outlets.type(article, sentences, named)));
        typed.addAll(metadataMentions(article));
        return new AnnotatedArticle(article, sentences, typed);
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
