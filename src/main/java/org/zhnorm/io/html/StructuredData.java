package org.zhnorm.io.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.zhnorm.text.dates.Dates;

/**
 * What a page states about itself: the article text, JSON-LD {@code articleBody} (schema.org
 * NewsArticle/Article/BlogPosting, at the top, in an array or under {@code @graph}), else the
 * {@code og:description}/{@code description} meta tag; and its publish date, from the meta tags
 * publishers use ({@code article:published_time}, {@code pubdate}, {@code dc.date}, …) or a {@code
 * <time datetime>}/{@code itemprop=datePublished} element, as written. Read before scripts are dropped.
 */
final class StructuredData {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PARAGRAPHS = Pattern.compile("\\s*(?:\\r?\\n|<br\\s*/?>|</p>\\s*<p[^>]*>)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAGS = Pattern.compile("<[^>]{1,200}>");

  /** The page's JSON-LD article body (paragraphs on their own lines), or null. */
  private final @Nullable String articleBody;
  /** The page's description meta tag, or null. */
  private final @Nullable String description;

  /** The publish date the page's markup states, as written, or null. */
  private final @Nullable String published;

  private static final Set<String> DATE_META_KEYS =
      Set.of(
          "article:published_time", "og:published_time", "og:release_date", "pubdate",
          "publishdate", "publish_date", "publication_date", "publishtime", "published_time",
          "datepublished", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
          "parsely-pub-date", "firstpublishedtime", "weibo:article:create_at");

  private StructuredData(@Nullable String articleBody, @Nullable String description, @Nullable String published) {
    this.articleBody = articleBody;
    this.description = description;
    this.published = published;
  }

  static StructuredData of(Document doc) {
    String body = null;
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        body = longer(body, articleBody(JSON.readTree(s.data())));
      } catch (IOException | RuntimeException e) {
        // a page's broken JSON-LD is no reason to lose the page: the body text is still read
      }
    }
    String description = null;
    Element meta = doc.selectFirst("meta[property=og:description],meta[name=og:description]");
    if (meta == null) {
      meta = doc.selectFirst("meta[name=description]");
    }
    if (meta != null && !meta.attr("content").isBlank()) {
      description = meta.attr("content").strip();
    }
    return new StructuredData(body == null ? null : paragraphs(body), description, published(doc));
  }

  /** The first date-keyed meta tag with a year in it, else the first time or datePublished element's. */
  private static @Nullable String published(Document doc) {
    for (Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = m.attr(attr).toLowerCase(Locale.ROOT).strip();
        if (!key.isEmpty() && DATE_META_KEYS.contains(key) && Dates.mentionsYear(m.attr("content"))) {
          return m.attr("content").strip();
        }
      }
    }
    for (Element t : doc.select("time[datetime],[itemprop=datePublished]")) {
      for (String v : new String[] {t.attr("datetime"), t.attr("content"), t.text()}) {
        if (Dates.mentionsYear(v)) {
          return v.strip();
        }
      }
    }
    return null;
  }

  private static @Nullable String articleBody(@Nullable JsonNode n) {
    if (n == null) {
      return null;
    }
    if (n.isArray()) {
      String best = null;
      for (JsonNode c : n) {
        best = longer(best, articleBody(c));
      }
      return best;
    }
    if (!n.isObject()) {
      return null;
    }
    JsonNode b = n.get("articleBody");
    String best = b != null && b.isTextual() && !b.asText().isBlank() ? b.asText() : null;
    return longer(best, articleBody(n.get("@graph")));
  }

  private static @Nullable String longer(@Nullable String a, @Nullable String b) {
    if (a == null) {
      return b;
    }
    return b != null && b.length() > a.length() ? b : a;
  }

  /** Line breaks and paragraph tags inside an articleBody become lines; other tags go. */
  static String paragraphs(String body) {
    String t = PARAGRAPHS.matcher(body).replaceAll("\n");
    t = TAGS.matcher(t).replaceAll("");
    return org.jsoup.parser.Parser.unescapeEntities(t, false).strip();
  }

  @Nullable String articleBody() {
    return articleBody;
  }

  @Nullable String description() {
    return description;
  }

  @Nullable String published() {
    return published;
  }
}
