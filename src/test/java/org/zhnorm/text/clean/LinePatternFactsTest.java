package org.zhnorm.text.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The facts the prefilter derives from a pattern (required literals, bounds on code points and on
 * those that are not blank) never exclude a line the pattern matches: checked
 * for every pattern of every {@code lines/} resource on the real lines of the seeds, fixtures and
 * dev corpus and on generated lines (random strings of the pattern's own literal pieces, then
 * mutations of every string that matches, so the search walks along the pattern's language and up
 * to its length bound).
 */
class LinePatternFactsTest {
  private static final Path LINES = Path.of("src", "main", "resources", "org", "zhnorm", "clean", "lines");
  private static List<String> real;
  /** Hand-written chrome lines: seeds for the patterns the random pieces rarely reach. */
  private static final List<String> SEEDS = List.of(
      "评论(12)", "留言（3）", "已有12人参与", "已有 3 位网友评论", "剩余80%未读", "还有 5 ％ 内容", "下載星島頭條APP",
      "扫码下载客户端", "首页 > 陇原风采 > 正文", "当前位置：首页", "上一篇:无", "第1页/共1页 << 上一页 | 下一页 >>");

  @BeforeAll
  static void readLines() {
    real = RealDocuments.lines();
  }

  private static boolean admits(LinePatternFacts f, String line, boolean whole) {
    if (whole && line.codePointCount(0, line.length()) > f.maxCodePoints()) {
      return false;
    }
    if (whole && line.codePoints().filter(c -> !LinePatternFacts.isBlank(c)).count() > f.maxSolid()) {
      return false;
    }
    for (Set<String> group : f.required()) {
      if (group.stream().noneMatch(line::contains)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void examples() {
    LinePatternFacts app = LinePatternFacts.of("[^。]{0,20}(?:下载|下載)[^。，,]{0,15}(?:APP|App)[^。]{0,30}");
    assertThat(app.required()).containsExactly(Set.of("下载", "下載"), Set.of("APP", "App"));
    assertThat(app.maxCodePoints()).isEqualTo(20 + 2 + 15 + 3 + 30);
    LinePatternFacts icp = LinePatternFacts.of("[^。]{0,60}ICP(?:备|備|证|證)[^。]{0,120}");
    assertThat(icp.required()).containsExactly(Set.of("ICP备", "ICP備", "ICP证", "ICP證"));
    assertThat(LinePatternFacts.of("x|yz").required()).containsExactly(Set.of("x", "yz"));
    assertThat(LinePatternFacts.of("x|yz").maxCodePoints()).isEqualTo(2);
    assertThat(LinePatternFacts.of("[👇👆]ab").required()).containsExactly(Set.of("👇ab", "👆ab"));
    assertThat(LinePatternFacts.of("[👇👆]ab").maxCodePoints()).isEqualTo(3);
    assertThat(LinePatternFacts.of("(?=q)abc").required()).containsExactly(Set.of("abc"));
    assertThat(LinePatternFacts.of("a\\s*b{2,3}").required()).containsExactly(Set.of("a"), Set.of("b"));
    assertThat(LinePatternFacts.of("a\\s*b{2,3}").maxCodePoints()).isEqualTo(LinePatternFacts.UNBOUNDED);
    assertThat(LinePatternFacts.of("(?:ab)?c*")).isEqualTo(LinePatternFacts.NONE);
    assertThat(LinePatternFacts.of("x|y*").required()).isEmpty();
    assertThat(LinePatternFacts.of("[^ab]{1,4}").maxCodePoints()).isEqualTo(4);
    // runs of blanks have no bound in code points, but add nothing to the solid ones
    assertThat(LinePatternFacts.of("a\\s*b{2,3}").maxSolid()).isEqualTo(4);
    assertThat(LinePatternFacts.of("(?:分享到|分享)\\s*[:：]?[ \\t]*").maxSolid()).isEqualTo(4);
    assertThat(LinePatternFacts.of("a[^。]{0,10}\\s+").maxSolid()).isEqualTo(11);
    assertThat(LinePatternFacts.of("a(?:\\s*b)*").maxSolid()).isEqualTo(LinePatternFacts.UNBOUNDED);
    assertThat(LinePatternFacts.of("a\\h*").maxSolid()).isEqualTo(LinePatternFacts.UNBOUNDED); // \h holds U+3000
    assertThat(LinePatternFacts.of("x|yz").maxSolid()).isEqualTo(2);
  }

  @Test
  void givesUpOnWhatItDoesNotKnow() {
    for (String p : List.of("(?i)abc", "(a)\\1", "\\Qa.b\\E", "[a-z&&[^x]]", "\\x41bc", "a\\Xb", "(?u:ab)")) {
      assertThat(LinePatternFacts.of(p)).as(p).isEqualTo(LinePatternFacts.NONE);
    }
  }

  /** The resource files, each with whether its patterns are matched against the whole line. */
  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(LINES)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static boolean wholeLine(Path file) throws IOException {
    return Files.readString(file).contains("(Matcher.matches)");
  }

  @Test
  void mostWholeLinePatternsGetALiteralOrABound() throws IOException {
    int patterns = 0;
    int withLiteral = 0;
    for (Path f : files()) {
      for (Pattern p : RuleData.patterns("lines/" + f.getFileName())) {
        LinePatternFacts facts = LinePatternFacts.of(p.pattern());
        patterns++;
        if (!facts.required().isEmpty()) {
          withLiteral++;
        } else {
          System.out.println("no literal: " + f.getFileName() + " " + p.pattern());
        }
      }
    }
    System.out.println(withLiteral + " of " + patterns + " patterns have a required literal");
    assertThat(withLiteral).isGreaterThanOrEqualTo(patterns * 9 / 10);
  }

  @Test
  void realLinesTheyMatchAreAdmitted() throws IOException {
    assertThat(real).hasSizeGreaterThan(1000);
    int matched = 0;
    for (Path f : files()) {
      boolean whole = wholeLine(f);
      for (Pattern p : RuleData.patterns("lines/" + f.getFileName())) {
        LinePatternFacts facts = LinePatternFacts.of(p.pattern());
        for (String line : real) {
          boolean m = whole ? p.matcher(line).matches() : p.matcher(line).find();
          if (m) {
            matched++;
            assertThat(admits(facts, line, whole)).as("%s %s excludes %s (%s)", f.getFileName(), p, line, facts).isTrue();
          }
        }
      }
    }
    System.out.println(matched + " (pattern, real line) matches checked");
    assertThat(matched).isGreaterThan(100);
  }

  @Test
  void generatedLinesTheyMatchAreAdmitted() throws IOException {
    Random rnd = new Random(11);
    int patterns = 0;
    int reached = 0;
    long checked = 0;
    for (Path f : files()) {
      boolean whole = wholeLine(f);
      for (Pattern p : RuleData.patterns("lines/" + f.getFileName())) {
        patterns++;
        LinePatternFacts facts = LinePatternFacts.of(p.pattern());
        List<String> ordered = ordered(p.pattern());
        List<String> pieces = pieces(ordered);
        List<String> pool = new ArrayList<>();
        for (String line : SEEDS) {
          if (whole ? p.matcher(line).matches() : p.matcher(line).find()) {
            pool.add(line);
          }
        }
        for (String line : real) {
          if (pool.size() < 50 && (whole ? p.matcher(line).matches() : p.matcher(line).find())) {
            pool.add(line);
          }
        }
        for (int i = 0; i < 20_000; i++) {
          String s;
          if (i % 4 == 1) {
            StringBuilder b = new StringBuilder();
            for (String piece : ordered) {
              int dice = rnd.nextInt(10);
              if (dice < 3) {
                b.append(piece);
              } else if (dice == 3) {
                b.append(piece, 0, piece.offsetByCodePoints(0, 1));
              } else if (dice == 4) {
                b.append(pieces.get(rnd.nextInt(pieces.size())));
              }
            }
            s = b.toString();
          } else if (pool.isEmpty() || i % 4 == 0) {
            StringBuilder b = new StringBuilder();
            for (int k = rnd.nextInt(8); k >= 0; k--) {
              b.append(pieces.get(rnd.nextInt(pieces.size())));
            }
            s = b.toString();
          } else {
            s = mutate(pool.get(rnd.nextInt(pool.size())), pieces, rnd);
          }
          if (whole ? p.matcher(s).matches() : p.matcher(s).find()) {
            checked++;
            assertThat(admits(facts, s, whole)).as("%s %s excludes generated %s (%s)", f.getFileName(), p, s, facts).isTrue();
            if (pool.size() < 400) {
              pool.add(s);
            } else {
              pool.set(rnd.nextInt(pool.size()), s);
            }
          }
        }
        if (!pool.isEmpty()) {
          reached++;
        } else {
          System.out.println("no generated match: " + f.getFileName() + " " + p.pattern());
        }
      }
    }
    System.out.println(checked + " generated matches checked; " + reached + " of " + patterns + " patterns reached");
    assertThat(reached).isEqualTo(patterns);
  }

  /** The literal pieces of a pattern's text, split at meta characters, in the order they appear. */
  private static List<String> ordered(String regex) {
    List<String> out = new ArrayList<>();
    for (String piece : regex.split("\\\\[a-zA-Z]|[\\\\\\[\\](){}|?*+^$.,\\-]+")) {
      if (!piece.isEmpty()) {
        out.add(piece);
      }
    }
    return out;
  }

  /** The pieces, their characters, the meta characters as text, and filler. */
  private static List<String> pieces(List<String> ordered) {
    Set<String> out = new LinkedHashSet<>();
    for (String piece : ordered) {
      out.add(piece);
      piece.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
    }
    "()[]{}|?*+^$.,-\\<>/%".chars().forEach(c -> out.add(String.valueOf((char) c)));
    out.addAll(List.of(" ", "  ", "0", "12", "2023", "。", "，", "：", "A", "x", "的", "国家",
        "\t", "𠀀", "自倍增工程实施以来过店子村党总支借助"));
    return new ArrayList<>(out);
  }

  private static String mutate(String s, List<String> pieces, Random rnd) {
    String piece = pieces.get(rnd.nextInt(pieces.size()));
    int at = s.isEmpty() ? 0 : rnd.nextInt(s.length() + 1);
    switch (rnd.nextInt(5)) {
      case 0:
      case 1:
        return s.substring(0, at) + piece + s.substring(at);
      case 2: {
        int end = Math.min(s.length(), at + 1 + rnd.nextInt(3));
        return s.substring(0, at) + s.substring(end);
      }
      case 3: {
        int end = Math.min(s.length(), at + 1);
        return s.substring(0, at) + piece + s.substring(end);
      }
      default: {
        int end = Math.min(s.length(), at + 1 + rnd.nextInt(10));
        return s.substring(0, end) + s.substring(at);
      }
    }
  }
}
