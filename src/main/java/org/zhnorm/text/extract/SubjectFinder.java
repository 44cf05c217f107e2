package org.zhnorm.text.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhnorm.text.segment.Token;

/**
 * The subject of a quantity: the noun phrase it counts or measures, found from the sentence's words
 * and part-of-speech tags (PKU tags as the segmenter gives them; entity tags are read only as
 * nouns). Patterns, in order:
 *
 * <ol>
 *   <li>a list: a quantity joined to the previous one by 、/和/及 or in a parenthesis right after it
 *       ({@code 280元、300元和338元}, {@code 3万元（按季9万元）}) shares its subject; with 分别 and as
 *       many nouns as figures ({@code 上海、江苏分别为0.375元、0.355元}) each figure gets its noun; a
 *       figure whose stretch after the previous figure names no noun shares it too ({@code
 *       幅度由10%调整为30%});
 *   <li>a figure in a parenthesis right after a noun ({@code 马金鹏（14岁）}): that noun;
 *   <li>a classifier phrase before its noun ({@code 309名致富带头人}, {@code 15家企业}, {@code 7天健康监测});
 *   <li>for counts and people, the noun after 的 ({@code 26%的人}, {@code 200名过着…生活的日本女性});
 *       for other units too when the figure is the object of a verb ({@code 种了6万平方米的原原种});
 *   <li>the noun phrase before the figure ({@code 培育致富带头人309名}, {@code 资金1.08亿元}, {@code
 *       面积为66万亩}, {@code 电力缺口将超过800万千瓦}), across adverbs, prepositions, particles,
 *       qualifier words, parentheses, up to two verbs ({@code 达/为/超过/花费}) and time words;
 *       {@code A占B的N%} and {@code A是B的N倍} give A, never the base B;
 *   <li>the topic of the sentence (the noun phrase its first clause opens with) when the figure's
 *       clause names none ({@code 种薯的产量就是高，每亩平均能产3吨左右});
 *   <li>a pronoun (他, 该厂) in the figure's clause.
 * </ol>
 *
 * <p>The subject is made only of nouns, verbal nouns, attributive words and adjectives inside the
 * phrase (at most {@value #MAX_TOKENS} words and {@value #MAX_CHARS} characters), never a verb,
 * function word, adverb or number; a lone verbal noun is a verb ({@code 由10%调整为30%}). Splits
 * of the segmenter are mended: a one-character classifier or bound morpheme after a noun belongs
 * to it ({@code 原原 种}), a one-character noun takes the word before it ({@code 减免税 金}), a lone
 * character opening the clause belongs to the name after it ({@code 陈 晓明}). Empty when the
 * sentence names none.
 */
final class SubjectFinder {
  static final int MAX_TOKENS = 5;
  static final int MAX_CHARS = 12;
  private static final String CLAUSE_END = "，,；;：:。！？!?\n";
  private static final String LIST_SEP = "、和及与或 ";
  private static final int MAX_VERBS = 2;
  private static final int MAX_RELATIVE = 10;
  private static final Set<String> FUNCTION_PRONOUNS =
      Set.of("其", "其中", "其他", "其它", "其余", "此", "这", "那", "每", "各", "之", "本", "该", "自己", "什么", "这些", "那些", "这个", "那个",
          "这样", "有的", "有人", "我们", "你们", "大家");
  /** Words after which the noun before 的 is the base of a comparison, not the subject. */
  private static final Set<String> BASE_MARKERS = Set.of("是", "为", "占", "相当于", "等于", "达到", "超过");
  private static final Set<String> ASPECT = Set.of("了", "着", "过");

  private final ClaimWords words;

  SubjectFinder(ClaimWords words) {
    this.words = words;
  }

  /** A noun phrase [start, end) in the sentence, the list of nouns it closes, and how it was reached. */
  private record Phrase(int start, int end, List<int[]> list, boolean distributive, boolean crossedVerb, boolean reachedFloor) {
    static final Phrase NONE = new Phrase(-1, -1, List.of(), false, false, false);

    boolean found() {
      return start >= 0;
    }

    static Phrase none(boolean distributive, boolean floor) {
      return new Phrase(-1, -1, List.of(), distributive, false, floor);
    }
  }

  /** Subjects of the quantities of a sentence (token offsets relative to the sentence). */
  List<String> subjects(String sentence, List<Token> tokens, List<Quantity> qs) {
    List<String> out = new ArrayList<>();
    List<Phrase> pre = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      Quantity q = qs.get(i);
      int floor = i == 0 ? 0 : qs.get(i - 1).end();
      Phrase before = preNominal(sentence, tokens, q.start(), floor, 0);
      pre.add(before);
      int head = listHead(sentence, qs, i);
      if (head < i) {
        Phrase hp = pre.get(head);
        int chain = chainLength(sentence, qs, head);
        if (hp.distributive() && hp.list().size() == chain) {
          int[] np = hp.list().get(i - head);
          out.add(sentence.substring(np[0], np[1]));
        } else {
          out.add(out.get(head));
        }
        continue;
      }
      Phrase p = find(sentence, tokens, q, before);
      if (p.distributive() && p.list().size() > 1 && p.list().size() == chainLength(sentence, qs, i)) {
        int[] np = p.list().get(0);
        out.add(sentence.substring(np[0], np[1]));
      } else if (p.found()) {
        out.add(sentence.substring(p.start(), p.end()));
      } else if (i > 0 && (before.reachedFloor() || copulaClause(tokens, q.start()))) {
        out.add(out.get(i - 1)); // 幅度由10%调整为30%; 每亩能产3吨左右，是原来的3倍
      } else if (insideParenthesis(sentence, q.start())) {
        out.add("");
      } else {
        Phrase topic = topic(sentence, tokens, q.start());
        out.add(topic.found() ? sentence.substring(topic.start(), topic.end()) : pronoun(sentence, tokens, q.start()));
      }
    }
    return out;
  }

  private Phrase find(String sentence, List<Token> tokens, Quantity q, Phrase before) {
    if (q.start() > 0 && (sentence.charAt(q.start() - 1) == '（' || sentence.charAt(q.start() - 1) == '(')) {
      Phrase p = preNominal(sentence, tokens, q.start() - 1, 0, 0);
      if (p.found()) {
        return p; // 马金鹏（14岁）
      }
    }
    boolean countable = q.kind().equals("count") || q.kind().equals("people");
    int first = tokenStartingAt(tokens, q.end());
    if (first >= 0 && first < tokens.size() && (tokens.get(first).word().equals("“") || tokens.get(first).word().equals("「"))) {
      first++; // 近千元“压岁钱”
    }
    Phrase direct = first >= 0 ? forward(tokens, first) : Phrase.NONE;
    if (direct.found()) {
      return direct;
    }
    Phrase viaDe = first >= 0 && first < tokens.size() && tokens.get(first).word().equals("的") ? forward(tokens, first + 1) : Phrase.NONE;
    if (viaDe.found() && (countable || before.crossedVerb() || !before.found())) {
      return viaDe;
    }
    if ((countable || insideModifier(tokens, q.start())) && first >= 0) {
      Phrase rel = relative(tokens, first);
      if (rel.found()) {
        return rel; // 200名…的日本女性; 一位两年未…的31岁男子
      }
    }
    return before;
  }

  /** True if the figure's clause opens with a copula and no subject (，是原来的3倍). */
  private static boolean copulaClause(List<Token> tokens, int offset) {
    int k = lastTokenBefore(tokens, offset);
    int open = -1;
    for (int j = k; j >= 0; j--) {
      if (isClauseEnd(tokens.get(j))) {
        open = j + 1;
        break;
      }
    }
    if (open <= 0 || open > k) {
      return false;
    }
    String w = tokens.get(open).word();
    return w.equals("是") || w.equals("为") || w.equals("占") || w.equals("相当于") || w.equals("约为");
  }

  private static boolean insideParenthesis(String sentence, int offset) {
    int depth = 0;
    for (int k = 0; k < offset; k++) {
      char c = sentence.charAt(k);
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  private static int listHead(String sentence, List<Quantity> qs, int i) {
    int h = i;
    while (h > 0 && joined(sentence, qs.get(h - 1), qs.get(h))) {
      h--;
    }
    return h;
  }

  private static int chainLength(String sentence, List<Quantity> qs, int head) {
    int k = head;
    while (k + 1 < qs.size() && joined(sentence, qs.get(k), qs.get(k + 1))) {
      k++;
    }
    return k - head + 1;
  }

  /** 280元、300元和338元; 3万元（按季9万元）. */
  private static boolean joined(String sentence, Quantity a, Quantity b) {
    String between = sentence.substring(a.end(), b.start());
    if (between.isEmpty()) {
      return false;
    }
    if (between.charAt(0) == '（' || between.charAt(0) == '(') {
      return between.length() <= 4 && between.chars().noneMatch(c -> CLAUSE_END.indexOf(c) >= 0);
    }
    for (int k = 0; k < between.length(); k++) {
      if (LIST_SEP.indexOf(between.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int tokenStartingAt(List<Token> tokens, int offset) {
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).start() == offset) {
        return k;
      }
      if (tokens.get(k).start() > offset) {
        return -1;
      }
    }
    return tokens.size();
  }

  private static int lastTokenBefore(List<Token> tokens, int offset) {
    int k = -1;
    for (int j = 0; j < tokens.size() && tokens.get(j).end() <= offset; j++) {
      k = j;
    }
    return k;
  }

  private static boolean nounish(Token t) {
    String p = t.pos();
    return p.startsWith("n") || p.equals("vn") || p.startsWith("b") || p.equals("j") || p.equals("an") || p.startsWith("g");
  }

  private static boolean headNoun(Token t) {
    String p = t.pos();
    return (p.startsWith("n") || p.equals("vn") || p.equals("j") || p.startsWith("g")) && !p.equals("nx");
  }

  /** A one-character classifier or bound morpheme that the segmenter split from a noun (原原 种). */
  private static boolean glued(Token t) {
    String p = t.pos();
    return t.word().length() == 1 && (p.equals("q") || p.equals("ng") || p.equals("k"));
  }

  private static boolean isClauseEnd(Token t) {
    return t.word().length() == 1 && CLAUSE_END.indexOf(t.word().charAt(0)) >= 0;
  }

  private static boolean functionTag(String p) {
    return p.startsWith("p") || p.startsWith("u") || p.startsWith("c") || p.startsWith("d") || p.startsWith("w") || p.startsWith("r")
        || p.startsWith("m") || p.startsWith("q") || p.startsWith("f") || p.startsWith("e") || p.startsWith("y");
  }

  private boolean stopWord(Token t) {
    return words.contains("subject_stop", t.word());
  }

  /** Nouns too general to be what a figure counts (两年多的时间). */
  private boolean generic(Token t) {
    return words.contains("subject_generic", t.word());
  }

  /** A verbal noun followed by an aspect particle is a verb (种植了). */
  private static boolean verbal(List<Token> tokens, int k) {
    Token t = tokens.get(k);
    if (t.pos().startsWith("v") && !t.pos().equals("vn")) {
      return true;
    }
    if (!t.pos().equals("vn") || k + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(k + 1);
    if (ASPECT.contains(next.word())) {
      return true;
    }
    // 10%调整为30% is a verb; 核酸检测为… (after a noun) is a compound noun
    boolean afterNoun = k > 0 && nounish(tokens.get(k - 1));
    return !afterNoun && (next.pos().startsWith("p") || TO.contains(next.word()));
  }

  /** Words after a verbal noun that make it a verb (调整为, 增长到). */
  private static final Set<String> TO = Set.of("为", "到", "至", "成");

  /** Nouns from token {@code k} on (the phrase a classifier or 的 introduces). */
  private Phrase forward(List<Token> tokens, int k) {
    int end = k;
    int lastHead = -1;
    int nouns = 0;
    while (end < tokens.size() && end - k < MAX_TOKENS) {
      Token t = tokens.get(end);
      boolean adjective = t.pos().startsWith("a") && end + 1 < tokens.size() && nounish(tokens.get(end + 1));
      boolean glue = glued(t) && end > k && nounish(tokens.get(end - 1));
      if (stopWord(t) || generic(t) || !(nounish(t) || adjective || glue)) {
        break;
      }
      if (headNoun(t) || glue) {
        lastHead = end;
        nouns += t.pos().equals("vn") ? 0 : 1;
      }
      end++;
    }
    if (lastHead < 0 || (nouns == 0 && lastHead == k)) {
      return Phrase.NONE; // a lone verbal noun after the figure is its verb (10%调整为)
    }
    return new Phrase(tokens.get(k).start(), tokens.get(lastHead).end(), List.of(), false, false, false);
  }

  /** True if a numeral and classifier (一位, 一名) open the phrase the figure is in: 一位两年未…的男子. */
  private static boolean insideModifier(List<Token> tokens, int offset) {
    int k = lastTokenBefore(tokens, offset);
    if (k < 0) {
      return false;
    }
    Token t = tokens.get(k);
    if (t.pos().equals("mq") && (t.word().endsWith("位") || t.word().endsWith("名") || t.word().endsWith("个"))) {
      return true;
    }
    return k > 0 && t.pos().startsWith("q") && tokens.get(k - 1).pos().startsWith("m");
  }

  /** 200名过着无性婚姻生活的日本女性: the noun after the first 的 of the clause. */
  private Phrase relative(List<Token> tokens, int k) {
    for (int j = k; j < tokens.size() && j - k < MAX_RELATIVE; j++) {
      Token t = tokens.get(j);
      if (isClauseEnd(t) || t.pos().startsWith("m")) {
        return Phrase.NONE;
      }
      if (t.word().equals("的")) {
        int k2 = j + 1;
        while (k2 < tokens.size() && k2 - j <= 2 && (tokens.get(k2).pos().startsWith("m") || tokens.get(k2).pos().startsWith("q"))) {
          k2++; // …的31岁男子: a figure of its own before the noun
        }
        return forward(tokens, k2);
      }
    }
    return Phrase.NONE;
  }

  /**
   * The noun phrase before {@code offset} in its clause and after {@code floor} (the end of the
   * previous figure), across function words, qualifier words, parentheses and up to two verbs.
   */
  private Phrase preNominal(String sentence, List<Token> tokens, int offset, int floor, int depth) {
    int k = lastTokenBefore(tokens, offset);
    int verbs = 0;
    boolean distributive = false;
    boolean crossedDe = false;
    while (k >= 0) {
      Token t = tokens.get(k);
      if (t.start() < floor) {
        return Phrase.none(distributive, true);
      }
      if (isClauseEnd(t) || t.word().equals("、")) {
        return Phrase.none(distributive, false);
      }
      if (t.word().equals("）") || t.word().equals(")")) {
        int open = k;
        while (open >= 0 && !tokens.get(open).word().equals("（") && !tokens.get(open).word().equals("(")) {
          open--;
        }
        if (open < 0) {
          return Phrase.none(distributive, false);
        }
        if (tokens.get(open).start() < floor) {
          floor = 0; // the previous figure was inside the parenthesis
        }
        k = open - 1; // skip a parenthesis: 超发电价（…）由原来的0.328元
        continue;
      }
      if (nounish(t) && !stopWord(t) && !verbal(tokens, k)) {
        break;
      }
      if (t.word().startsWith("分别")) {
        distributive = true;
      }
      if (t.word().equals("的")) {
        crossedDe = true;
      }
      if (t.word().equals("（") || t.word().equals("(")) {
        return Phrase.none(distributive, false); // the figure is inside a parenthesis
      }
      if (ASPECT.contains(t.word())) {
        verbs++;
      }
      String p = t.pos();
      boolean qualifierWord = words.endingOf(t.word(), "approximate_before") != null || words.endingOf(t.word(), "at_least_before") != null
          || words.endingOf(t.word(), "at_most_before") != null;
      if (verbal(tokens, k) || p.startsWith("v")) {
        if (++verbs > MAX_VERBS) {
          return Phrase.none(distributive, false);
        }
      } else if (!(functionTag(p) || p.startsWith("t") || qualifierWord || stopWord(t))) {
        return Phrase.none(distributive, false);
      }
      k--;
    }
    if (k < 0) {
      return Phrase.none(distributive, false);
    }
    int end = k;
    int start = k;
    if (!headNoun(tokens.get(end))) {
      // a trailing one-character attributive or morpheme (减免税 金): join the word before it
      if (tokens.get(end).word().length() == 1 && end > 0 && !isClauseEnd(tokens.get(end - 1)) && !functionTag(tokens.get(end - 1).pos())) {
        start = end - 1;
        return finish(sentence, tokens, start, end, distributive, verbs > 0, floor, depth);
      }
      return Phrase.none(distributive, false);
    }
    int chars = tokens.get(end).word().length();
    while (start - 1 >= 0 && end - start + 1 < MAX_TOKENS && tokens.get(start - 1).start() >= floor && nounish(tokens.get(start - 1))
        && !stopWord(tokens.get(start - 1)) && chars + tokens.get(start - 1).word().length() <= MAX_CHARS) {
      start--;
      chars += tokens.get(start).word().length();
    }
    if (start == end && tokens.get(end).pos().equals("vn") && !(end + 1 < tokens.size() && glued(tokens.get(end + 1)))) {
      // a lone verbal noun is usually the verb (同比增长5%): look further left, else keep it (表扬奖励6次)
      Phrase further = depth < 2 ? preNominal(sentence, tokens, tokens.get(end).start(), floor, depth + 1) : Phrase.NONE;
      if (further.found()) {
        return further;
      }
    }
    if (chars == 1 && start > 0 && tokens.get(start - 1).start() >= floor && !isClauseEnd(tokens.get(start - 1))
        && !functionTag(tokens.get(start - 1).pos())) {
      start--; // 获 刑, 抵 锡: a one-character noun takes the word before it
    }
    // A占B的N%, A是B的N倍: B is the base, the subject is A
    if (crossedDe && start > 0 && depth == 0 && isBaseMarker(tokens.get(start - 1).word())) {
      Phrase a = preNominal(sentence, tokens, tokens.get(start - 1).start(), floor, depth + 1);
      return a.found() ? a : Phrase.none(distributive, false);
    }
    return finish(sentence, tokens, start, end, distributive, verbs > 0, floor, depth);
  }

  private static boolean isBaseMarker(String w) {
    return BASE_MARKERS.contains(w) || (w.length() > 1 && w.endsWith("为"));
  }

  private Phrase finish(String sentence, List<Token> tokens, int start, int end, boolean distributive, boolean crossedVerb, int floor, int depth) {
    int e = end;
    if (e + 1 < tokens.size() && glued(tokens.get(e + 1)) && (e + 2 >= tokens.size() || !nounish(tokens.get(e + 2)))) {
      e++; // 原原 种
    }
    int s = start;
    // a lone character opening the clause belongs to the name after it (陈 晓明, 顺 子夫妇)
    if (s > 0 && tokens.get(s - 1).word().length() == 1 && !functionTag(tokens.get(s - 1).pos()) && tokens.get(s - 1).start() >= floor
        && (s - 1 == 0 || isClauseEnd(tokens.get(s - 2)) || tokens.get(s - 2).pos().startsWith("w"))) {
      s--;
    }
    List<int[]> list = new ArrayList<>();
    list.add(new int[] {tokens.get(s).start(), tokens.get(e).end()});
    int j = s - 1;
    while (j >= 1 && isListSep(tokens.get(j)) && nounish(tokens.get(j - 1))) {
      int le = j - 1;
      int ls = le;
      while (ls - 1 >= 0 && nounish(tokens.get(ls - 1)) && le - ls + 1 < MAX_TOKENS) {
        ls--;
      }
      list.add(0, new int[] {tokens.get(ls).start(), tokens.get(le).end()});
      j = ls - 1;
    }
    return new Phrase(tokens.get(s).start(), tokens.get(e).end(), list, distributive, crossedVerb, false);
  }

  private static boolean isListSep(Token t) {
    return t.word().equals("、") || t.word().equals("和") || t.word().equals("及") || t.word().equals("与");
  }

  /**
   * The topic of the sentence: the noun phrase its first clause opens with (脱毒种薯的产量就是高 →
   * 产量), when the figure is in a later clause.
   */
  private Phrase topic(String sentence, List<Token> tokens, int offset) {
    int firstEnd = -1;
    for (int k = 0; k < tokens.size(); k++) {
      if (isClauseEnd(tokens.get(k))) {
        firstEnd = k;
        break;
      }
    }
    if (firstEnd < 0 || tokens.get(firstEnd).start() >= offset) {
      return Phrase.NONE;
    }
    for (int k = firstEnd + 1; k < tokens.size() && tokens.get(k).start() < offset; k++) {
      if (isClauseEnd(tokens.get(k))) {
        return Phrase.NONE; // only the clause right after the topic continues it
      }
    }
    int k = 0;
    while (k < firstEnd && tokens.get(k).pos().startsWith("w")) {
      k++;
    }
    int lastStart = -1;
    int lastEnd = -1;
    while (k < firstEnd) {
      Token t = tokens.get(k);
      if (nounish(t) && !stopWord(t) && !verbal(tokens, k)) {
        int s = k;
        while (k < firstEnd && (nounish(tokens.get(k)) || glued(tokens.get(k))) && !verbal(tokens, k)) {
          k++;
        }
        if (headNoun(tokens.get(k - 1)) || glued(tokens.get(k - 1))) {
          lastStart = s;
          lastEnd = k - 1;
        }
        if (k < firstEnd && tokens.get(k).word().equals("的")) {
          k++;
          continue;
        }
        break;
      }
      break;
    }
    if (lastStart < 0 || k >= firstEnd || !(tokens.get(k).pos().startsWith("v") || tokens.get(k).pos().startsWith("d"))) {
      return Phrase.NONE;
    }
    if (tokens.get(lastEnd).end() - tokens.get(lastStart).start() > MAX_CHARS) {
      return Phrase.NONE;
    }
    return new Phrase(tokens.get(lastStart).start(), tokens.get(lastEnd).end(), List.of(), false, false, false);
  }

  /** A pronoun or demonstrative noun (他, 该厂) before the figure in its clause, else empty. */
  private static String pronoun(String sentence, List<Token> tokens, int offset) {
    for (int k = lastTokenBefore(tokens, offset); k >= 0; k--) {
      Token t = tokens.get(k);
      if (isClauseEnd(t)) {
        break;
      }
      if (t.pos().startsWith("r") && !FUNCTION_PRONOUNS.contains(t.word())) {
        return t.word();
      }
    }
    return "";
  }
}
