package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real pages with hand-made gold (cn_web_gold, MIT): after a crude test-only jsoup reduction to one
 * block per line (the real main-content extractor lives elsewhere), cleaning must keep every gold
 * paragraph that was in its input and remove the page furniture it recognises.
 */
class GoldPagesTest {
  private static final Pattern ENCODING = Pattern.compile("encoding=\"([^\"]+)\"");
  private static final Pattern ENVELOPE_TITLE = Pattern.compile("<text id=\"([^\"]*)\" title=\"([^\"]*)\"");
  /** Gold lines that are bylines: removed on purpose and extracted as metadata instead. */
  private static final Pattern BYLINE = Pattern.compile("^(责任编辑|编辑|来源|信息来源)[:：].*");
  private static final Pattern FURNITURE = Pattern.compile("ICP备|公网安备|版权所有|分享到|政府网站标识码|打印本页|扫一扫");

  static String read(String name) throws IOException {
    try (InputStream in = GoldPagesTest.class.getResourceAsStream("/clean/cn_web_gold/" + name)) {
      byte[] b = in.readAllBytes();
      String head = new String(b, 0, Math.min(400, b.length), StandardCharsets.ISO_8859_1);
      Matcher m = ENCODING.matcher(head);
      String enc = m.find() ? m.group(1) : "UTF-8";
      if (enc.equalsIgnoreCase("gb2312") || enc.equalsIgnoreCase("gbk")) {
        enc = "GB18030";
      }
      return new String(b, Charset.forName(enc));
    }
  }

  /** Crude reduction: text nodes in document order, a line break at every block element and br. */
  static String blocks(Element body) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node n, int depth) {
        if (n instanceof TextNode t) {
          sb.append(t.text());
        } else if (n instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
          sb.append('\n');
        }
      }

      @Override
      public void tail(Node n, int depth) {
        if (n instanceof Element e && e.isBlock()) {
          sb.append('\n');
        }
      }
    }, body);
    return sb.toString();
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u3000\\u00A0]", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "9890f458-7af7-4e96-a507-6eb1b359d675", "500b350d-d38d-4fb0-9e81-75e0c95e95a8", "8cb7b39d-4a06-4cad-bc50-0f63304267f3"})
  void keepsEveryGoldParagraphAndDropsFurniture(String id) throws IOException {
    String html = read(id + ".html");
    Matcher t = ENVELOPE_TITLE.matcher(html);
    Document doc = Jsoup.parse(html);
    PageHints hints = t.find() ? new PageHints(t.group(1), t.group(2), null) : new PageHints(null, doc.title(), null);
    String input = blocks(doc.body());
    CleanResult r = Cleaner.standard().clean(input, hints, false);
    String in = squash(input);
    String out = squash(r.text());
    int checked = 0;
    // gold joins table cells with tabs; the crude reduction puts cells on lines of their own
    for (String line : read(id + ".gold.txt").split("[\n\t]")) {
      String g = squash(line);
      // a gold line the crude reduction never produced (script-written ads) cannot be lost by cleaning
      if (g.length() < 6 || BYLINE.matcher(line.strip()).matches() || !in.contains(g)) {
        continue;
      }
      assertThat(out).as(id + " keeps gold line").contains(g);
      checked++;
    }
    assertThat(checked).isGreaterThan(3);
    assertThat(FURNITURE.matcher(r.text()).find()).as(id + " furniture left: " + r.text()).isFalse();
    assertThat(r.metadata().title()).isNotBlank();
  }
}
