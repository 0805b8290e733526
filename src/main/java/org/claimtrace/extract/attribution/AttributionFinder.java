package org.claimtrace.extract.attribution;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.claimtrace.annotate.AnnotatedArticle;
import org.claimtrace.annotate.AnnotatedSentence;
import org.claimtrace.annotate.Token;
import org.claimtrace.extract.QuoteReader;
import org.claimtrace.extract.Span;

/**
 * The general attribution layer: every (source, cue, content) of an article. The cue model picks
 * the cue words; {@link Roles} reads their source and content from the parse; a content that
 * touches a quotation takes the whole quotation, across sentences if it runs on.
 */
public final class AttributionFinder {
    private final CueModel model;
    private final SourceModel sources;
    private final LinearModel acceptor;

    public AttributionFinder(AttributionModels models) {
        this.model = models.cues();
        this.sources = models.sources();
        this.acceptor = models.acceptor();
    }

    public List<Attribution> find(AnnotatedArticle article) {
        List<Span> quotes = QuoteReader.quotes(article.article().text());
        List<Attribution> out = new ArrayList<>();
        for (AnnotatedSentence s : article.sentences()) {
            if (!s.parsed()) continue;
            double[] p = new double[s.tokens().size()];
            Set<Integer> cues = new TreeSet<>();
            for (int i = 0; i < p.length; i++) {
                Token t = s.tokens().get(i);
                if (!model.candidate(t)) continue;
                p[i] = model.probability(s, i);
                if (model.isCue(p[i])) cues.add(i);
            }
            for (Set<Integer> group : groups(s, cues)) {
                int head = head(s.dependencies(), group);
                Set<Integer> cueTokens = cueSpan(s, head, group);
                Roles r = Roles.of(s, head, cueTokens);
                r = r.withSource(s, sources.choose(s, head, cueTokens, r.sourceToken()));
                Span quote = adjacentQuote(article, s, cueTokens, r.source(), quotes);
                // a complement clause after the cue, outside the quotation, is what it says ('"...," he said, adding that ...')
                if (quote != null && r.shape().endsWith("+ccomp") && !r.content().isEmpty()) {
                    Span clause = span(article, s, r.content());
                    if (clause.begin() > s.tokens().get(head).end() && (clause.end() <= quote.begin() || clause.begin() >= quote.end())) quote = null;
                }
                if (r.content().isEmpty() && quote == null) continue;
                Span content = quote != null ? quote : withQuotes(article, span(article, s, r.content()), quotes);
                String shape = quote != null ? r.shape().replaceFirst("\\+.*", "") + "+quotation" : r.shape();
                Span source = r.source().isEmpty() ? null : span(article, s, r.source());
                Attribution a = new Attribution(s.index(), source, r.sourceHead(), span(article, s, cueTokens), head, content,
                        quote != null ? -1 : r.contentHead(), "cue-model/" + shape, p[head]);
                // the acceptor's probability that the whole reading is right is the attribution's confidence
                double accept = acceptor.probability(AcceptFeatures.of(s, a));
                if (accept >= acceptor.threshold()) out.add(a.withConfidence(accept));
            }
        }
        out.addAll(LayoutAttributions.find(article, quotes, out));
        return out;
    }

    /** Cue tokens next to each other and joined in the parse form one cue ("according to", "pointed out"). */
    private static List<Set<Integer>> groups(AnnotatedSentence s, Set<Integer> cues) {
        List<Set<Integer>> out = new ArrayList<>();
        Set<Integer> current = null;
        int prev = -2;
        for (int i : cues) {
            if (current != null && i == prev + 1 && linked(s.dependencies(), i, prev)) current.add(i);
            else {
                current = new TreeSet<>();
                current.add(i);
                out.add(current);
            }
            prev = i;
        }
        return out;
    }

    private static boolean linked(SemanticGraph g, int a, int b) {
        IndexedWord x = g.getNodeByIndexSafe(a + 1);
        IndexedWord y = g.getNodeByIndexSafe(b + 1);
        return x != null && y != null && (y.equals(g.getParent(x)) || x.equals(g.getParent(y)));
    }

    /** The token of the group whose head lies outside it. */
    public static int head(SemanticGraph g, Set<Integer> group) {
        for (int i : group) {
            IndexedWord w = g.getNodeByIndexSafe(i + 1);
            IndexedWord parent = w == null ? null : g.getParent(w);
            if (parent == null || !group.contains(parent.index() - 1)) return i;
        }
        return group.iterator().next();
    }

    /**
     * The cue as written: the head with its fixed words and particles ("according to", "pointed
     * out") and the negation and auxiliaries right before it ("did not say").
     */
    public static Set<Integer> cueSpan(AnnotatedSentence s, int head, Set<Integer> group) {
        Set<Integer> out = new TreeSet<>(group);
        SemanticGraph g = s.dependencies();
        IndexedWord h = g.getNodeByIndexSafe(head + 1);
        if (h == null) return out;
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(h)) {
            String r = e.getRelation().toString();
            int d = e.getDependent().index() - 1;
            if (r.equals("fixed") || r.equals("compound:prt")) out.add(d);
        }
        return out;
    }

    static Span span(AnnotatedArticle a, AnnotatedSentence s, Set<Integer> tokens) {
        int from = ((TreeSet<Integer>) new TreeSet<>(tokens)).first();
        int to = ((TreeSet<Integer>) new TreeSet<>(tokens)).last();
        int b = s.tokens().get(from).begin();
        int e = s.tokens().get(to).end();
        return new Span(b, e, a.textOf(b, e));
    }

    private static final java.util.regex.Pattern BEFORE_CUE = java.util.regex.Pattern.compile("[\\s,.:;!?\"'\u201d\u2019-]{0,5}");
    private static final java.util.regex.Pattern AFTER_CUE = java.util.regex.Pattern.compile("[\\s,.:;\"'\u201c\u2018\u2014-]{0,5}");

    /**
     * A quotation right before the cue and its source ('"...," she said', '"..." said the
     * minister') or right after them ('He said: "..."'): only punctuation between. It may lie in
     * the sentence before or after ('Trump said.' under a quoted paragraph).
     */
    private static Span adjacentQuote(AnnotatedArticle a, AnnotatedSentence s, Set<Integer> cue, Set<Integer> source, List<Span> quotes) {
        TreeSet<Integer> block = new TreeSet<>(cue);
        block.addAll(source);
        int begin = s.tokens().get(block.first()).begin();
        int end = s.tokens().get(block.last()).end();
        String text = a.article().text();
        // a quotation in the sentence before or after only for a sentence that is no more than its source and cue
        boolean alone = true;
        for (Token t : s.tokens()) alone &= block.contains(t.index()) || !t.word().chars().anyMatch(Character::isLetterOrDigit);
        for (Span q : quotes) {
            boolean near = alone || (q.begin() >= s.begin() && q.end() <= s.end());
            if (!near) continue;
            if (q.end() <= begin && BEFORE_CUE.matcher(text.substring(q.end(), begin)).matches()) return q;
            if (q.begin() >= end && AFTER_CUE.matcher(text.substring(end, q.begin())).matches()) return q;
        }
        return null;
    }

    /** A content that overlaps a quotation takes all of it. */
    private static Span withQuotes(AnnotatedArticle a, Span content, List<Span> quotes) {
        int b = content.begin();
        int e = content.end();
        for (Span q : quotes) {
            if (q.begin() < e && b < q.end()) {
                b = Math.min(b, q.begin());
                e = Math.max(e, q.end());
            }
        }
        return b == content.begin() && e == content.end() ? content : new Span(b, e, a.textOf(b, e));
    }
}
