package org.claimtrace.source;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages: the article's text is taken with jsoup from {@code <article>} (or {@code <main>},
 * or the body), one paragraph per block element, without scripts, navigation, headers, footers
 * and asides. Offsets of facts from an HTML file index this extracted text, which the article
 * graph stores (nif:isString), not the HTML source.
 */
final class HtmlArticles {
    private HtmlArticles() {}

    static Article read(String name, String html, ArticleReader reader) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, button").remove();
        Element root = first(doc.select("article"), first(doc.select("main"), doc.body()));
        List<String> blocks = new ArrayList<>();
        Elements paras = root.select("h1, h2, h3, h4, p, li, blockquote, pre");
        if (paras.isEmpty()) {
            blocks.add(root.text());
        } else {
            for (Element e : paras) {
                if (e.parents().stream().anyMatch(p -> p != root && paras.contains(p))) continue;
                String t = e.text().strip();
                if (!t.isEmpty()) blocks.add(t);
            }
        }
        String text = String.join("\n\n", blocks);
        String title = meta(doc, "meta[property=og:title]");
        if (title == null && !doc.title().isBlank()) title = doc.title().strip();
        String author = meta(doc, "meta[name=author]");
        if (author == null) author = meta(doc, "meta[property=article:author]");
        String published = meta(doc, "meta[property=article:published_time]");
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            if (time != null) published = time.attr("datetime");
        }
        String url = meta(doc, "meta[property=og:url]");
        Element canonical = doc.selectFirst("link[rel=canonical]");
        if (url == null && canonical != null) url = canonical.attr("abs:href").isEmpty() ? canonical.attr("href") : canonical.attr("abs:href");
        ArticleMeta given = new ArticleMeta(title, author == null ? List.of() : List.of(author),
                PublicationDates.normalise(published).orElse(null), meta(doc, "meta[property=og:site_name]"), url);
        return reader.plainText(name, text, given);
    }

    private static Element first(Elements es, Element fallback) {
        return es.isEmpty() ? fallback : es.first();
    }

    private static String meta(Document doc, String css) {
        Element e = doc.selectFirst(css);
        if (e == null) return null;
        String v = e.attr("content").strip();
        return v.isEmpty() ? null : v;
    }
}
