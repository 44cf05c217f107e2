package org.zhnorm.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.Budget;

/**
 * Cuts a cleaned document (one paragraph a line) into sections that follow the article's own
 * structure. Sections are contiguous, in order, and cover the whole text: every character is in
 * exactly one section.
 *
 * <p>Rules, tried on each paragraph in this order:
 *
 * <ol>
 *   <li>{@code heading}: a numbered heading. Level 1 {@code 一、} / {@code 第一…}, level 2 {@code （一）},
 *       level 3 {@code 1.} / {@code 1、} / {@code （1）}. If the paragraph goes on after its first
 *       sentence ({@code 1.注重…振兴。坚持…}), the heading is that first sentence.
 *   <li>{@code question} / {@code answer}: interview turns. {@code 记者：}, {@code 主持人：}, {@code 问：}
 *       open a question (speaker 记者 …); a 2-4 character name before a colon ({@code 付征：}) opens
 *       an answer with that speaker, but only in a document that has a question turn. ASCII and
 *       full-width colons. Level 1.
 *   <li>{@code heading} (unnumbered): a short line (at most 50 characters) without final
 *       punctuation, not the first line (the title), after a paragraph that ends a sentence and
 *       before a longer one that does. Level 1.
 *   <li>{@code lead}: a paragraph (not the first line) whose first sentence is short (6 to 30
 *       characters, no digits) and which goes on after it ({@code “三个坚持”激活党建引领“红色引擎”。…}),
 *       when the article has a parallel series of them (two or more under the same heading or turn
 *       starting with the same two characters); titled by that sentence; one level below the
 *       enclosing heading or turn.
 * </ol>
 *
 * <p>Enumerations {@code 一是…二是…三是…} inside a paragraph (at least 一是 and 二是, in order, each
 * after punctuation or at the start) become sub-sections of kind {@code enumeration}, one per item,
 * one level below the section they are in, titled by the item's first sentence without the
 * {@code 一是} marker. The text before {@code 一是} stays in the enclosing section; plain paragraphs
 * after the last item stay with it until the next section starts.
 *
 * <p>Everything else continues the current section; text before the first section is {@code
 * body} (level 0). Headings are stored without their numbering marker and final punctuation. Lead,
 * enumeration and plain sections inside an answer keep the answer's speaker.
 */
public final class Sectioner {
  private static final Pattern HAS_SENTENCE_END = Pattern.compile("[。！？!?]");
  private static final Pattern DIGIT = Pattern.compile("[0-9０-９]");
  private static final Pattern END_PUNCTUATION = Pattern.compile("[。！？!?；;，,：:]+$");
  private static final Pattern L1 = Pattern.compile("^(?:[一二三四五六七八九十]{1,3}[、．.]|第[一二三四五六七八九十]{1,3}(?:章|节|部分|篇)?[、，,：:．.\\s])");
  private static final Pattern L2 = Pattern.compile("^[（(][一二三四五六七八九十]{1,3}[）)][、，,．.]?");
  private static final Pattern L3 = Pattern.compile("^(?:[0-9０-９]{1,2}[、．.](?![0-9０-９])|[（(][0-9０-９]{1,2}[）)][、．.]?)");
  private static final Pattern QUESTION = Pattern.compile("^(记者|主持人|问|Q)[:：]");
  private static final Pattern TURN = Pattern.compile("^([\\p{IsHan}]{2,4}|答|A)[:：]");
  /** An enumeration item (一是, 二是 ...) starts its paragraph or follows one of these (punctuation or whitespace). */
  private static final String ENUM_AFTER = "。；;，,：:！？!? \t\n\u000B\f\r";
  private static final String NUMERALS = "一二三四五六七八九十";
  private static final String SENTENCE_END = "。！；;";
  private static final int MAX_HEADING_LINE = 50;
  private static final int MAX_LEAD_SENTENCE = 30;

  private record Paragraph(int start, int end, int textStart, String text) {}

  public List<SectionSpan> split(String text) {
    List<Paragraph> paras = paragraphs(text);
    boolean interview = paras.stream().anyMatch(p -> QUESTION.matcher(p.text()).find());
    boolean[] lead = leads(paras, interview);
    List<SectionSpan> out = new ArrayList<>();
    // the section being built
    int curStart = 0;
    int curLevel = 0;
    String curKind = "body";
    String curSpeaker = null;
    String curHeading = null;
    int parentLevel = 0; // level of the last heading or interview turn
    String turnSpeaker = null;
    for (int i = 0; i < paras.size(); i++) {
      Budget.check();
      Paragraph p = paras.get(i);
      String t = p.text();
      String kind = null;
      int level = 0;
      String heading = null;
      String speaker = null;
      Matcher m;
      if ((m = L1.matcher(t)).find()) {
        kind = "heading";
        level = 1;
        heading = title(t, m.end());
      } else if ((m = L2.matcher(t)).find()) {
        kind = "heading";
        level = 2;
        heading = title(t, m.end());
      } else if ((m = L3.matcher(t)).find()) {
        kind = "heading";
        level = 3;
        heading = title(t, m.end());
      } else if ((m = QUESTION.matcher(t)).find()) {
        kind = "question";
        level = 1;
        speaker = m.group(1);
      } else if (interview && (m = TURN.matcher(t)).find()) {
        kind = "answer";
        level = 1;
        speaker = m.group(1);
      } else if (isUnnumberedHeading(paras, i)) {
        kind = "heading";
        level = 1;
        heading = stripEnd(t);
      } else if (lead[i]) {
        kind = "lead";
        level = parentLevel + 1;
        heading = firstSentence(t);
        speaker = turnSpeaker;
      }
      if (kind != null) {
        if (p.start() > curStart) {
          out.add(new SectionSpan(out.size(), curLevel, curKind, curSpeaker, curHeading, curStart, p.start()));
        }
        curStart = p.start();
        curLevel = level;
        curKind = kind;
        curSpeaker = speaker;
        curHeading = heading;
        if (kind.equals("heading")) {
          parentLevel = level;
          turnSpeaker = null;
        } else if (kind.equals("question") || kind.equals("answer")) {
          parentLevel = level;
          turnSpeaker = speaker;
        }
      }
      // enumerations inside the paragraph
      List<int[]> items = enumerationItems(t);
      if (!items.isEmpty()) {
        int itemLevel = curLevel + 1;
        String itemSpeaker = curKind.equals("question") || curKind.equals("answer") ? curSpeaker : turnSpeaker;
        for (int[] item : items) {
          int at = p.textStart() + item[0];
          if (at > curStart) {
            out.add(new SectionSpan(out.size(), curLevel, curKind, curSpeaker, curHeading, curStart, at));
          }
          curStart = at;
          curKind = "enumeration";
          curLevel = itemLevel;
          curSpeaker = itemSpeaker;
          curHeading = stripEnd(firstSentenceOrAll(t.substring(item[0] + 2, item[1])));
        }
      }
    }
    if (text.length() > curStart || out.isEmpty()) {
      out.add(new SectionSpan(out.size(), curLevel, curKind, curSpeaker, curHeading, curStart, text.length()));
    }
    return out;
  }

  private static List<Paragraph> paragraphs(String text) {
    List<Paragraph> out = new ArrayList<>();
    int s = 0;
    while (s < text.length()) {
      int e = text.indexOf('\n', s);
      e = e < 0 ? text.length() : e + 1;
      String line = text.substring(s, e);
      String stripped = line.strip();
      if (!stripped.isEmpty()) {
        int lead = line.length() - line.stripLeading().length();
        out.add(new Paragraph(s, e, s + lead, stripped));
      }
      s = e;
    }
    return out;
  }

  /** Start/end (within the paragraph) of 一是…, 二是… items, or empty if there are not two in order. */
  private static List<int[]> enumerationItems(String t) {
    List<Integer> starts = new ArrayList<>();
    int expect = 0;
    // found from each 是: most paragraphs have no item, and a regex with a lookbehind tried every position
    for (int at = t.indexOf('是', 1); at > 0; at = t.indexOf('是', at + 1)) {
      int numeral = at - 1;
      if (NUMERALS.indexOf(t.charAt(numeral)) >= 0 && (numeral == 0 || ENUM_AFTER.indexOf(t.charAt(numeral - 1)) >= 0)) {
        if (NUMERALS.indexOf(t.charAt(numeral)) == expect) {
          starts.add(numeral);
          expect++;
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    if (starts.size() < 2) {
      return out;
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : t.length();
      out.add(new int[] {starts.get(i), end});
    }
    return out;
  }

  /**
   * A short line without final punctuation, between paragraphs that end a sentence (so that
   * hard-wrapped text, whose lines stop mid-sentence, has no unnumbered headings), followed by a
   * longer paragraph with a sentence end; never the first line.
   */
  private static boolean isUnnumberedHeading(List<Paragraph> paras, int i) {
    String t = paras.get(i).text();
    if (i == 0 || i + 1 >= paras.size() || t.length() > MAX_HEADING_LINE || endsSentence(t)) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if ("：:，,、;；".indexOf(last) >= 0) {
      return false;
    }
    String next = paras.get(i + 1).text();
    return next.length() > t.length() && HAS_SENTENCE_END.matcher(next).find() && (i == 1 || endsSentence(paras.get(i - 1).text()));
  }

  private static boolean endsSentence(String t) {
    String s = t.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if ((last == '”' || last == '」' || last == '"' || last == '）' || last == ')') && s.length() > 1) {
      last = s.charAt(s.length() - 2);
    }
    return "。！？!?…".indexOf(last) >= 0;
  }

  /**
   * Lead paragraphs: the first sentence is short (6 to 30 characters, no digits) and the paragraph
   * goes on after it, and the article has a parallel series of them: at least two such paragraphs
   * under the same heading or turn that begin with the same two characters ({@code “三个坚持”…},
   * {@code “三个聚焦”…}; {@code 实施红色引擎行动…}, {@code 实施红色领航行动…}). A lone short first sentence
   * is ordinary prose.
   */
  private static boolean[] leads(List<Paragraph> paras, boolean interview) {
    boolean[] candidate = new boolean[paras.size()];
    int[] group = new int[paras.size()];
    int g = 0;
    for (int i = 0; i < paras.size(); i++) {
      String t = paras.get(i).text();
      if (L1.matcher(t).find() || L2.matcher(t).find() || L3.matcher(t).find() || QUESTION.matcher(t).find()
          || (interview && TURN.matcher(t).find()) || isUnnumberedHeading(paras, i)) {
        g++;
        continue;
      }
      group[i] = g;
      String first = i == 0 ? null : firstSentence(t);
      candidate[i] = first != null && first.length() >= 6 && first.length() <= MAX_LEAD_SENTENCE
          && !DIGIT.matcher(first).find() && (Character.isLetter(first.charAt(0)) || first.charAt(0) == '“');
    }
    java.util.Map<String, Integer> series = new java.util.HashMap<>();
    for (int i = 0; i < paras.size(); i++) {
      if (candidate[i]) {
        series.merge(group[i] + ":" + paras.get(i).text().substring(0, 2), 1, Integer::sum);
      }
    }
    boolean[] lead = new boolean[paras.size()];
    for (int i = 0; i < paras.size(); i++) {
      lead[i] = candidate[i] && series.get(group[i] + ":" + paras.get(i).text().substring(0, 2)) >= 2;
    }
    return lead;
  }

  /** Heading text after the numbering marker: the first sentence if the paragraph goes on. */
  private static String title(String t, int markerEnd) {
    return stripEnd(firstSentenceOrAll(t.substring(markerEnd)));
  }

  /** The first sentence (ended by 。/！/；outside quotes) if more text follows it, else null. */
  private static @Nullable String firstSentence(String t) {
    int quotes = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '“' || c == '《') {
        quotes++;
      } else if ((c == '”' || c == '》') && quotes > 0) {
        quotes--;
      } else if (quotes == 0 && SENTENCE_END.indexOf(c) >= 0) {
        return i + 1 < t.length() ? t.substring(0, i) : null;
      }
    }
    return null;
  }

  private static String firstSentenceOrAll(String t) {
    String f = firstSentence(t);
    return f == null ? t : f;
  }

  private static String stripEnd(String t) {
    return END_PUNCTUATION.matcher(t.strip()).replaceAll("");
  }
}
