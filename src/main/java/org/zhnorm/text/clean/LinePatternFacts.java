package org.zhnorm.text.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What every whole-line match of a regular expression must look like, read off the pattern text:
 * groups of required literals and a maximum length. Used by {@link LinePrefilter} to skip
 * {@code Matcher.matches()} for lines that cannot match.
 *
 * <p>Guarantee, for a pattern compiled without flags as {@link RuleData#patterns} does: if
 * {@code Pattern.compile(p).matcher(line).matches()} is true, then {@code line}
 * contains at least one string of every group in {@link #required()}, and {@code line} has at most
 * {@link #maxCodePoints()} code points, of which at most {@link #maxSolid()} are not blank (what
 * {@code \s} matches); a pattern whose only unbounded parts are runs of blanks ({@code \s*}) has a
 * finite {@code maxSolid}. The analysis over-approximates the pattern's language and
 * never under-approximates it: an optional part ({@code ?}, {@code *}, {@code {0,n}}) contributes no
 * literal, an alternation contributes only when every branch does, zero-width assertions
 * ({@code ^ $ \b}, lookaround) are treated as matching the empty string, and any construct the
 * analyzer does not know (inline flags, back references, {@code \Q}, {@code \X}, class
 * intersections, ...) makes it give up on the whole pattern: {@link #NONE} (no literal, no bound),
 * so the pattern is always run. Required literals hold for {@code find()} as well; the length
 * bound holds only for {@code matches()}.
 */
record LinePatternFacts(List<Set<String>> required, long maxCodePoints, long maxSolid) {
  static final long UNBOUNDED = Long.MAX_VALUE;
  static final LinePatternFacts NONE = new LinePatternFacts(List.of(), UNBOUNDED, UNBOUNDED);
  /** Largest finite string set kept while multiplying out adjacent literal parts. */
  private static final int MAX_SET = 64;
  /** Largest character class enumerated as a set of one-character literals. */
  private static final int MAX_CLASS = 16;

  LinePatternFacts {
    required = List.copyOf(required);
  }

  /** The facts of one pattern (never fails: {@link #NONE} when the pattern is not understood). */
  static LinePatternFacts of(String regex) {
    try {
      Parser p = new Parser(regex);
      Node n = p.alternation();
      if (p.pos != regex.length()) {
        return NONE;
      }
      return new LinePatternFacts(n.all, n.max, n.solid);
    } catch (Unsupported e) {
      return NONE;
    }
  }

  /**
   * One parsed sub-expression: {@code exact} is the finite set of strings it matches (null when
   * unknown or too large); each set of {@code all} has a string that every match contains; min and
   * max count code points; solid is the most code points of a match that are not {@link #isBlank blank}.
   */
  private record Node(Set<String> exact, List<Set<String>> all, long min, long max, long solid) {
    static Node exact(Set<String> strings) {
      long min = UNBOUNDED;
      long max = 0;
      long solid = 0;
      for (String s : strings) {
        long n = s.codePointCount(0, s.length());
        min = Math.min(min, n);
        max = Math.max(max, n);
        solid = Math.max(solid, s.codePoints().filter(c -> !isBlank(c)).count());
      }
      return new Node(strings, strings.contains("") ? List.of() : List.of(strings), min, max, solid);
    }

    /** One code point of a class whose members are all blank ({@code blank}) or not. */
    static Node opaque(boolean blank) {
      return new Node(null, List.of(), 1, 1, blank ? 0 : 1);
    }

    /** The most selective group: longest shortest string, then fewest strings. */
    Set<String> best() {
      Set<String> best = null;
      for (Set<String> s : all) {
        if (best == null || shortest(s) > shortest(best) || shortest(s) == shortest(best) && s.size() < best.size()) {
          best = s;
        }
      }
      return best;
    }

    private static int shortest(Set<String> s) {
      return s.stream().mapToInt(String::length).min().orElse(0);
    }
  }

  private static final class Unsupported extends Exception {
    Unsupported() {
      super(null, null, false, false);
    }
  }

  /** Recursive descent over the subset of {@code java.util.regex} syntax the rule files use. */
  private static final class Parser {
    private final String re;
    private int pos;

    Parser(String re) {
      this.re = re;
    }

    private boolean more() {
      return pos < re.length();
    }

    private char peek() {
      return re.charAt(pos);
    }

    Node alternation() throws Unsupported {
      List<Node> branches = new ArrayList<>();
      branches.add(sequence());
      while (more() && peek() == '|') {
        pos++;
        branches.add(sequence());
      }
      if (branches.size() == 1) {
        return branches.get(0);
      }
      Set<String> exact = new LinkedHashSet<>();
      Set<String> union = new LinkedHashSet<>();
      long min = UNBOUNDED;
      long max = 0;
      long solid = 0;
      for (Node b : branches) {
        if (exact != null && b.exact != null) {
          exact.addAll(b.exact);
        } else {
          exact = null;
        }
        Set<String> best = b.best();
        if (union != null && best != null) {
          union.addAll(best);
        } else {
          union = null;
        }
        min = Math.min(min, b.min);
        max = Math.max(max, b.max);
        solid = Math.max(solid, b.solid);
      }
      if (exact != null && exact.size() <= MAX_SET) {
        return Node.exact(exact);
      }
      return new Node(null, union == null ? List.of() : List.of(union), min, max, solid);
    }

    private Node sequence() throws Unsupported {
      List<Set<String>> all = new ArrayList<>();
      Set<String> run = Set.of("");
      boolean allExact = true;
      long min = 0;
      long max = 0;
      long solid = 0;
      while (more() && peek() != '|' && peek() != ')') {
        Node e = quantified();
        min = add(min, e.min);
        max = add(max, e.max);
        solid = add(solid, e.solid);
        if (e.exact != null) {
          Set<String> product = product(run, e.exact);
          if (product != null) {
            run = product;
            continue;
          }
          allExact = false;
          keep(all, run);
          run = e.exact;
        } else {
          allExact = false;
          keep(all, run);
          run = Set.of("");
          all.addAll(e.all);
        }
      }
      if (allExact) {
        return Node.exact(run);
      }
      keep(all, run);
      return new Node(null, all, min, max, solid);
    }

    private static void keep(List<Set<String>> all, Set<String> run) {
      if (!run.contains("")) {
        all.add(run);
      }
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
      if ((long) left.size() * right.size() > MAX_SET) {
        return null;
      }
      Set<String> out = new LinkedHashSet<>();
      for (String l : left) {
        for (String r : right) {
          out.add(l + r);
        }
      }
      return out;
    }

    private static long add(long a, long b) {
      return a == UNBOUNDED || b == UNBOUNDED ? UNBOUNDED : a + b;
    }

    private static long times(long a, long n) {
      if (a == 0 || n == 0) {
        return 0;
      }
      return a == UNBOUNDED || n == UNBOUNDED || a > UNBOUNDED / n ? UNBOUNDED : a * n;
    }

    private Node quantified() throws Unsupported {
      Node atom = atom();
      if (!more()) {
        return atom;
      }
      long lo;
      long hi;
      char c = peek();
      if (c == '?') {
        lo = 0;
        hi = 1;
        pos++;
      } else if (c == '*') {
        lo = 0;
        hi = UNBOUNDED;
        pos++;
      } else if (c == '+') {
        lo = 1;
        hi = UNBOUNDED;
        pos++;
      } else if (c == '{') {
        pos++;
        lo = number();
        hi = lo;
        if (more() && peek() == ',') {
          pos++;
          hi = more() && peek() == '}' ? UNBOUNDED : number();
        }
        expect('}');
      } else {
        return atom;
      }
      // lazy and possessive forms match a subset of the greedy form's strings
      if (more() && (peek() == '?' || peek() == '+')) {
        pos++;
      }
      if (more() && (peek() == '?' || peek() == '*' || peek() == '+' || peek() == '{')) {
        throw new Unsupported();
      }
      long min = times(atom.min, lo);
      long max = hi == UNBOUNDED ? (atom.max == 0 ? 0 : UNBOUNDED) : times(atom.max, hi);
      long solid = hi == UNBOUNDED ? (atom.solid == 0 ? 0 : UNBOUNDED) : times(atom.solid, hi);
      if (lo == 1 && hi == 1) {
        return atom;
      }
      if (lo == 0 && hi == 1 && atom.exact != null) {
        Set<String> optional = new LinkedHashSet<>(atom.exact);
        optional.add("");
        return Node.exact(optional);
      }
      return new Node(null, lo >= 1 ? atom.all : List.of(), min, max, solid);
    }

    private long number() throws Unsupported {
      int start = pos;
      while (more() && peek() >= '0' && peek() <= '9') {
        pos++;
      }
      if (pos == start || pos - start > 9) {
        throw new Unsupported();
      }
      return Long.parseLong(re.substring(start, pos));
    }

    private void expect(char c) throws Unsupported {
      if (!more() || peek() != c) {
        throw new Unsupported();
      }
      pos++;
    }

    private Node atom() throws Unsupported {
      int cp = re.codePointAt(pos);
      switch (cp) {
        case '(':
          return group();
        case '[':
          return charClass();
        case '\\':
          return escape();
        case '.':
          pos++;
          return Node.opaque(false);
        case '^':
        case '$':
          pos++;
          return Node.exact(Set.of(""));
        case '*':
        case '+':
        case '?':
        case '{':
        case ')':
        case '|':
          throw new Unsupported();
        default:
          pos += Character.charCount(cp);
          return Node.exact(Set.of(new String(Character.toChars(cp))));
      }
    }

    private Node group() throws Unsupported {
      pos++;
      boolean zeroWidth = false;
      if (more() && peek() == '?') {
        pos++;
        if (re.startsWith(":", pos) || re.startsWith(">", pos)) {
          pos++;
        } else if (re.startsWith("=", pos) || re.startsWith("!", pos)) {
          pos++;
          zeroWidth = true;
        } else if (re.startsWith("<=", pos) || re.startsWith("<!", pos)) {
          pos += 2;
          zeroWidth = true;
        } else if (re.startsWith("<", pos)) {
          int close = re.indexOf('>', pos);
          if (close < 0 || !re.substring(pos + 1, close).matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new Unsupported();
          }
          pos = close + 1;
        } else {
          throw new Unsupported(); // inline flags change what literals mean
        }
      }
      Node inner = alternation();
      expect(')');
      return zeroWidth ? Node.exact(Set.of("")) : inner;
    }

    private Node escape() throws Unsupported {
      pos++;
      if (!more()) {
        throw new Unsupported();
      }
      char c = peek();
      pos++;
      switch (c) {
        case 's':
          return Node.opaque(true);
        case 'd', 'D', 'S', 'w', 'W', 'h', 'H', 'v', 'V':
          return Node.opaque(false);
        case 'p', 'P':
          property();
          return Node.opaque(false);
        case 'b', 'B', 'A', 'z', 'Z', 'G':
          return Node.exact(Set.of(""));
        case 't':
          return Node.exact(Set.of("\t"));
        case 'n':
          return Node.exact(Set.of("\n"));
        case 'r':
          return Node.exact(Set.of("\r"));
        case 'f':
          return Node.exact(Set.of("\f"));
        default:
          if (Character.isLetterOrDigit(c) || Character.isHighSurrogate(c)) {
            throw new Unsupported(); // escapes such as Q, x, u, k, R, X, N and back references
          }
          return Node.exact(Set.of(String.valueOf(c)));
      }
    }

    /** Skips the name of {@code \p{...}} or {@code \pL}. */
    private void property() throws Unsupported {
      if (!more()) {
        throw new Unsupported();
      }
      if (peek() == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported();
        }
        pos = close + 1;
      } else {
        pos++;
      }
    }

    /**
     * A bracket class: one code point; its members as literals when it is positive, plain and small.
     */
    private Node charClass() throws Unsupported {
      pos++;
      boolean negated = more() && peek() == '^';
      if (negated) {
        pos++;
      }
      if (more() && peek() == ']') {
        throw new Unsupported();
      }
      Set<String> members = new LinkedHashSet<>();
      boolean enumerable = !negated;
      boolean blank = !negated;
      while (true) {
        if (!more()) {
          throw new Unsupported();
        }
        int cp = re.codePointAt(pos);
        if (cp == ']') {
          pos++;
          break;
        }
        if (cp == '[' || re.startsWith("&&", pos)) {
          throw new Unsupported(); // nested classes and intersections
        }
        int from;
        if (cp == '\\') {
          pos++;
          if (!more()) {
            throw new Unsupported();
          }
          char e = peek();
          pos++;
          if ("dDsSwWhHvV".indexOf(e) >= 0) {
            enumerable = false;
            blank &= e == 's';
            continue;
          }
          if (e == 'p' || e == 'P') {
            property();
            enumerable = false;
            blank = false;
            continue;
          }
          if (e == 't') {
            from = '\t';
          } else if (e == 'n') {
            from = '\n';
          } else if (e == 'r') {
            from = '\r';
          } else if (e == 'f') {
            from = '\f';
          } else if (Character.isLetterOrDigit(e) || Character.isHighSurrogate(e)) {
            throw new Unsupported();
          } else {
            from = e;
          }
        } else {
          pos += Character.charCount(cp);
          from = cp;
        }
        int to = from;
        if (re.startsWith("-", pos) && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
          pos++;
          int end = re.codePointAt(pos);
          if (end == '\\' || end == '[') {
            throw new Unsupported();
          }
          pos += Character.charCount(end);
          to = end;
          if (to < from) {
            throw new Unsupported();
          }
        }
        for (int m = from; blank && m <= to; m++) {
          blank = isBlank(m);
        }
        if (enumerable && members.size() + (to - from + 1) <= MAX_CLASS) {
          for (int m = from; m <= to; m++) {
            members.add(new String(Character.toChars(m)));
          }
        } else {
          enumerable = false;
        }
      }
      return enumerable && !members.isEmpty() ? Node.exact(members) : Node.opaque(blank);
    }
  }

  /** What {@code \s} matches (without the UNICODE_CHARACTER_CLASS flag): ASCII space, tab, line breaks, form feed. */
  static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
