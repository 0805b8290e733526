package org.claimtrace.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.EntityType;
import org.claimtrace.annotate.Mention;
import org.claimtrace.annotate.Token;
import org.claimtrace.source.ArticleReader;

/**
 * Sentences parsed by hand, for tests that need no CoreNLP model: tokens written
 * "word/TAG/lemma[/NER]" and dependencies in CoreNLP's list form ("nsubj(said-2, Officials-1)").
 * The text is the words joined by spaces, so offsets are exact.
 */
public final class HandParse {
    private static final Pattern DEP = Pattern.compile("([a-z:]+)\\((\\S+)-(\\d+), (\\S+)-(\\d+)\\)");

    private HandParse() {}

    /**
     * One sentence with named-entity mentions given as "words=TYPE" ("Harbor Front=ORGANIZATION"),
     * found by their words in the sentence.
     */
    public static AnnotatedArticle withMentions(String tokens, String dependencies, String... mentions) {
        AnnotatedArticle bare = article(tokens, dependencies);
        List<Token> t = bare.sentences().getFirst().tokens();
        List<Mention> out = new ArrayList<>();
        for (String spec : mentions) {
            String[] nameType = spec.split("=");
            String[] words = nameType[0].split(" ");
            for (int i = 0; i + words.length <= t.size(); i++) {
                boolean at = true;
                for (int k = 0; k < words.length; k++) at &= t.get(i + k).word().equals(words[k]);
                if (!at) continue;
                int b = t.get(i).begin();
                int e = t.get(i + words.length - 1).end();
                out.add(new Mention(nameType[0], EntityType.valueOf(nameType[1]), 0, i, i + words.length, b, e, "ner"));
                break;
            }
        }
        return new AnnotatedArticle(bare.article(), bare.sentences(), out, bare.notes());
    }

    /** One sentence as an article of its own. */
    public static AnnotatedArticle article(String tokens, String dependencies, Mention... mentions) {
        String[] parts = tokens.trim().split("\\s+");
        List<String> words = new ArrayList<>();
        for (String p : parts) words.add(p.split("/")[0]);
        String text = String.join(" ", words);
        List<Token> toks = new ArrayList<>();
        List<CoreLabel> labels = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            String[] f = parts[i].split("/");
            String word = f[0];
            String tag = f.length > 1 ? f[1] : "NN";
            String lemma = f.length > 2 ? f[2] : word.toLowerCase();
            String ner = f.length > 3 ? f[3] : "O";
            toks.add(new Token(i, word, lemma, tag, ner, at, at + word.length()));
            CoreLabel l = new CoreLabel();
            l.setWord(word);
            l.setValue(word);
            l.setOriginalText(word);
            l.setTag(tag);
            l.setLemma(lemma);
            l.setNER(ner);
            l.setIndex(i + 1);
            l.setSentIndex(0);
            l.setBeginPosition(at);
            l.setEndPosition(at + word.length());
            labels.add(l);
            at += word.length() + 1;
        }
        SemanticGraph g = new SemanticGraph();
        List<IndexedWord> nodes = new ArrayList<>();
        for (CoreLabel l : labels) {
            IndexedWord w = new IndexedWord(l);
            nodes.add(w);
            g.addVertex(w);
        }
        for (String line : dependencies.split("\\n")) {
            if (line.isBlank()) continue;
            Matcher m = DEP.matcher(line.strip());
            if (!m.matches()) throw new IllegalArgumentException("not a dependency: " + line);
            int dep = Integer.parseInt(m.group(5));
            if (m.group(1).equals("root")) {
                g.setRoot(nodes.get(dep - 1));
                continue;
            }
            GrammaticalRelation rel = UniversalEnglishGrammaticalRelations.valueOf(m.group(1));
            g.addEdge(nodes.get(Integer.parseInt(m.group(3)) - 1), nodes.get(dep - 1), rel, 1.0, false);
        }
        AnnotatedSentence s = new AnnotatedSentence(0, 0, text.length(), text, toks, g, labels);
        return new AnnotatedArticle(new ArticleReader().fromText("hand.txt", text), List.of(s), List.of(mentions), List.of());
    }
}
