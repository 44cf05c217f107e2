package org.zhnorm.io.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's title: a scored choice among the titles a page states.
 *
 * <p>Candidates: the head titles ({@code <title>}, {@code og:title} and the title the crawl record
 * states, each with its site and section parts stripped, {@link #stripSite}), the {@code h1}
 * elements, and the headline elements ({@code itemprop=headline}, an {@code h1}-{@code h3} whose
 * class or id names a title or headline). Navigation bars, section names ({@link #rejected}) and
 * fragments (a clause cut at a comma) are no candidates. Candidates of the same text are one.
 *
 * <p>Each scores, from its shape alone:
 *
 * <ul>
 *   <li>by its kind: a head title {@value #HEAD}, an h1 {@value #H1}, a headline element
 *       {@value #HEADLINE} (a head title is the page's own statement of its title; a page has many
 *       heading elements, some of them boxes' names);
 *   <li>{@value #AGREE} for every other candidate, not a site part, that agrees with it (one holds
 *       the other): two sources naming the same headline;
 *   <li>by length: {@value #FIT} for 8 to 80 characters, a headline's length; {@value #ODD} for
 *       fewer than 4 or more than 80;
 *   <li>{@value #SITE_PART} for a site part: a heading that is one link to the site's home page (a
 *       logo: {@code <h1><a href="index.html">bjreader的博客</a></h1>}); a heading that is the name a
 *       head title ends with, after a separator ({@code 土豆不“土” 土豆无“土” 松花江网} and an h1 {@code
 *       松花江网}: a head title puts the headline first and the site's name last); or text a head
 *       title holds only in the parts stripped as the site's name, not overlapping its headline.
 * </ul>
 *
 * The highest score wins, the earlier candidate on a tie. A head title that wins loses a trailing
 * site name shown as a heading, and gives way to a heading it holds that agrees with it: the
 * heading is the headline without the site's words. The cleaning rules' title from the first line
 * (TitleRule) and from the lead clause come in only when the page gives none of these.
 */
final class Titles {
  /** A separator before a trailing site/section name: {@code _ | ｜ — –}, or a hyphen/dot with spaces. */
  private static final Pattern TRAILING =
      Pattern.compile("(?:\\s*(?:_+|\\||｜|—+|–|-{2,}|»|<)\\s*|\\s+[-·:]\\s+|(?<![A-Za-z])-(?!\\d))([^_|｜—–]{1,16}|[\\w.-]+\\.[a-zA-Z]{2,6})$");
  static final double HEAD = 1.5;
  static final double H1 = 1.0;
  static final double HEADLINE = 0.5;
  static final double AGREE = 3.0;
  static final double FIT = 1.0;
  static final double ODD = -2.0;
  static final double SITE_PART = -4.0;
  /** An element whose class or id names a title or headline ({@code diaryTitle}, {@code article-title}). */
  private static final Pattern TITLE_CLASS = Pattern.compile("title|headline", Pattern.CASE_INSENSITIVE);
  /** A clause cut out of a sentence: it starts or ends at a comma or clause mark. */
  private static final Pattern FRAGMENT = Pattern.compile("^[，、；,;）)]|[，、；,;]$");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  /** The path of a site's home page: empty, {@code /}, {@code ./}, {@code index.html}, {@code /default.aspx}. */
  private static final Pattern HOME_PATH =
      Pattern.compile("(?:\\.{0,2}/)?(?:(?:index|default|home)\\.[a-z]{2,5})?", Pattern.CASE_INSENSITIVE);
  /** Characters that separate a title's parts. */
  private static final String SEPARATORS = "_|｜-—–·:：»<>";
  private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s_|｜\\-—–·:：»]+|[\\s_|｜\\-—–·:：»]+$");

  /**
   * One candidate.
   *
   * @param text the title as it would be returned
   * @param raw for a head title, its text before stripping (else the text)
   * @param kind weight of its kind
   * @param element whether it is a heading element (not a head title)
   * @param home whether it is a heading element that is one link to the site's home page (a logo)
   */
  record Candidate(String text, String raw, double kind, boolean element, boolean home) {
    String key() {
      return SPACE.matcher(text).replaceAll("");
    }

    String rawKey() {
      return SPACE.matcher(raw).replaceAll("");
    }

    int length() {
      return text.codePointCount(0, text.length());
    }
  }

  private Titles() {}

  /** The page's title, or null when no candidate is left; {@code recordTitle} is the crawl record's. */
  static @Nullable String find(Document doc, @Nullable String recordTitle) {
    List<Candidate> cs = candidates(doc, recordTitle);
    if (cs.isEmpty()) {
      return null;
    }
    int best = 0;
    double bestScore = score(cs, 0);
    for (int i = 1; i < cs.size(); i++) {
      double sc = score(cs, i);
      if (sc > bestScore) {
        best = i;
        bestScore = sc;
      }
    }
    Candidate win = cs.get(best);
    if (win.element()) {
      return win.text();
    }
    String text = win.text();
    for (Candidate c : cs) {
      if (c.element() && trailingName(c, win)) {
        // the head title ends with the site's name, which the page also shows as a heading
        String rest = clean(win.raw().substring(0, win.raw().length() - c.text().length()));
        if (!rest.isEmpty() && !rejected(rest)) {
          text = stripSite(rest);
        }
      }
    }
    String key = SPACE.matcher(text).replaceAll("");
    for (int i = 0; i < cs.size(); i++) {
      Candidate c = cs.get(i);
      if (c.element() && !sitePart(cs, i) && (key.contains(c.key()) || c.key().contains(key))
          && win.rawKey().contains(c.key())) {
        return c.text();
      }
    }
    return text;
  }

  /** The candidates in order: head titles, then heading elements in document order; one per text. */
  static List<Candidate> candidates(Document doc, @Nullable String recordTitle) {
    List<Candidate> out = new ArrayList<>();
    Element og = doc.selectFirst("meta[property=og:title],meta[name=og:title]");
    for (String head : new String[] {doc.title(), og == null ? null : og.attr("content"), recordTitle}) {
      String raw = clean(head);
      add(out, new Candidate(stripSite(raw), raw, HEAD, false, false));
    }
    for (Element e : doc.select("h1,h2,h3,[itemprop=headline]")) {
      boolean h1 = e.normalName().equals("h1");
      boolean headline = e.attr("itemprop").equalsIgnoreCase("headline")
          || TITLE_CLASS.matcher(e.className() + " " + e.id()).find();
      if (h1 || headline) {
        String t = clean(e.text());
        add(out, new Candidate(t, t, h1 ? H1 : HEADLINE, true, homeLink(e, t)));
      }
    }
    return out;
  }

  private static void add(List<Candidate> out, Candidate c) {
    String t = c.text();
    if (t.codePointCount(0, t.length()) < 2 || rejected(t) || FRAGMENT.matcher(t).find()) {
      return;
    }
    for (int i = 0; i < out.size(); i++) {
      Candidate o = out.get(i);
      if (o.key().equals(c.key())) {
        // the same text twice (og:title as <title>, the h1 as the head title): one candidate of
        // the stronger kind, an element's text when one of them is an element
        out.set(i, new Candidate(o.element() ? o.text() : c.text(), o.raw().length() >= c.raw().length() ? o.raw() : c.raw(),
            Math.max(o.kind(), c.kind()), o.element() || c.element(), o.home() || c.home()));
        return;
      }
    }
    out.add(c);
  }

  static double score(List<Candidate> cs, int i) {
    Candidate c = cs.get(i);
    double s = c.kind();
    for (int j = 0; j < cs.size(); j++) {
      if (j != i && agree(c, cs.get(j)) && !sitePart(cs, j)) {
        s += AGREE;
      }
    }
    int n = c.length();
    s += n >= 8 && n <= 80 ? FIT : n < 4 || n > 80 ? ODD : 0;
    return sitePart(cs, i) ? s + SITE_PART : s;
  }

  /**
   * A site part: a heading element that links to the site's home (a logo), the name a head title
   * ends with ({@link #trailingName}), or text a head title holds only in the parts stripped as the
   * site's name, not overlapping its headline.
   */
  static boolean sitePart(List<Candidate> cs, int i) {
    Candidate c = cs.get(i);
    if (c.home()) {
      return true;
    }
    for (int j = 0; j < cs.size(); j++) {
      Candidate o = cs.get(j);
      if (j == i || o.element()) {
        continue;
      }
      if (c.element() && trailingName(c, o)) {
        return true;
      }
      String raw = o.rawKey();
      int p = raw.indexOf(o.key());
      int q = raw.indexOf(c.key());
      if (p >= 0 && q >= 0 && !agree(c, o) && (q + c.key().length() <= p || q >= p + o.key().length())) {
        return true;
      }
    }
    return false;
  }

  /** A heading that is one link to the site's root or index page: {@code <h1><a href="/">站名</a></h1>}. */
  private static boolean homeLink(Element e, String text) {
    org.jsoup.select.Elements links = e.select("a[href]");
    if (links.size() != 1 || !clean(links.first().text()).equals(text)) {
      return false;
    }
    String href = links.first().attr("href").strip();
    if (href.startsWith("#")) {
      return false; // an anchor on the page itself (or a script's), not the site's home
    }
    String path = href.replaceFirst("^(?:https?:)?//[^/]*", "").replaceFirst("[?#].*$", "");
    return HOME_PATH.matcher(path).matches();
  }

  /** One holds the other. */
  private static boolean agree(Candidate a, Candidate b) {
    String x = a.key();
    String y = b.key();
    return x.contains(y) || y.contains(x);
  }

  /**
   * The element is the name the head title ends with, after a space or separator, with at least as
   * much before it ({@code 土豆不“土” 土豆无“土” 松花江网} and an h1 {@code 松花江网}): a head title
   * puts the headline first and the site's name last, so that element is the site's name.
   */
  private static boolean trailingName(Candidate element, Candidate head) {
    String raw = head.raw();
    String t = element.text();
    int at = raw.length() - t.length();
    if (at <= 0 || !raw.endsWith(t)) {
      return false;
    }
    char before = raw.charAt(at - 1);
    boolean separated = Character.isWhitespace(before) || SEPARATORS.indexOf(before) >= 0;
    return separated && raw.substring(0, at).strip().codePointCount(0, raw.substring(0, at).strip().length()) >= element.length();
  }

  private static final java.util.Set<String> SECTIONS = java.util.Set.copyOf(HtmlData.words("/org/zhnorm/html/section-names.txt"));
  /** A title candidate's leading label: 主题: …, 标题：… (forum and CMS headers). */
  private static final Pattern LABEL = Pattern.compile("^(?:主题|主題|标题|標題|帖子|Subject|Title|RE|Re)\\s*[:：]\\s*");
  private static final Pattern ITEMS = Pattern.compile("[\\s|｜/>»·]+");
  /** A channel word ending a short name: 要闻动态, 行业资讯, 新闻中心, 通知公告. */
  private static final Pattern CHANNEL_END =
      Pattern.compile("(?:动态|動態|资讯|資訊|中心|公告|详情|詳情|快讯|快訊|要闻|要聞|新闻|新聞)$");
  /** The longest section name the channel-word shape takes, in code points. */
  static final int SECTION_MAX = 6;

  /**
   * A candidate that is no title: a section or channel name ({@code section-names.txt}, or any name of
   * at most {@link #SECTION_MAX} characters ending in a channel word such as 动态 or 资讯), or a
   * navigation bar (five or more items of at most four characters).
   */
  static boolean rejected(String candidate) {
    String c = candidate.strip();
    if (c.isEmpty() || SECTIONS.contains(c)) {
      return !c.isEmpty();
    }
    if (c.codePointCount(0, c.length()) <= SECTION_MAX && CHANNEL_END.matcher(c).find()) {
      return true;
    }
    String[] items = ITEMS.split(c);
    if (items.length >= 5) {
      int shortItems = 0;
      for (String i : items) {
        if (i.codePointCount(0, i.length()) <= 4) {
          shortItems++;
        }
      }
      return shortItems * 5 >= items.length * 4;
    }
    return false;
  }

  /** A leading short site/section name: {@code 千龙网--北京--标题}, {@code 多维博客 » 标题}. */
  private static final Pattern LEADING =
      Pattern.compile("^([^_|｜—–»<>]{1,8})(?:\\s*(?:_+|\\||｜|—+|-{2,}|»|&raquo;|>)\\s*)");

  /**
   * Removes trailing short {@code _site}, {@code -site}, {@code | site} parts while a real title
   * remains, then leading short {@code site--}/{@code site »} parts before a longer rest.
   */
  static String stripSite(String title) {
    String t = stripTrailing(title.replace("&raquo;", "»"));
    while (true) {
      Matcher m = LEADING.matcher(t);
      if (!m.find()) {
        return t;
      }
      String rest = t.substring(m.end()).strip();
      if (rest.codePointCount(0, rest.length()) < 8) {
        return t;
      }
      t = rest;
    }
  }

  private static String stripTrailing(String title) {
    String t = title;
    while (true) {
      Matcher m = TRAILING.matcher(t);
      if (!m.find()) {
        return t;
      }
      String rest = t.substring(0, m.start()).strip();
      int restLen = rest.codePointCount(0, rest.length());
      String seg = m.group(1);
      boolean domain = seg.matches("[\\w.-]+\\.[a-zA-Z]{2,6}");
      if (restLen < 2 || (!domain && restLen * 2 < seg.codePointCount(0, seg.length()))) {
        return t;
      }
      t = rest;
    }
  }

  private static String clean(@Nullable String s) {
    String t = s == null ? "" : s.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
    t = LABEL.matcher(t).replaceFirst("");
    // separators left at an edge ({@code 标题- -}, {@code :: 站名 ::}) belong to no part
    return EDGE_SEPARATORS.matcher(t).replaceAll("");
  }
}
