package org.zhnorm.text.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Rule {@code entity-boundary}: takes place, organization and person names from HanLP's recognizers
 * (a second segmentation of the same text) only where they agree with the word boundaries of the
 * plain segmentation. HanLP's role-tagging recognizers often cut words in half on officialese
 * ({@code 特色产|业}, {@code 能|力建设/nr}, {@code 现|代化/nr}); such names are rejected, and so are
 * spans over punctuation, numbers, measure words or function words ({@code 和村/ns},
 * {@code 857名乡/ns}). Administrative prefixes are peeled off organizations, PKU-style:
 * {@code 榆中县夏官营镇党委/nt} becomes {@code 榆中县/ns 夏官营镇/ns 党委}. Pure function.
 */
final class EntityMerge {
  static final String ID = "entity-boundary";

  /** Base-token tags that never occur inside a multi-word name. */
  private static final Set<Character> FORBIDDEN_POS_START = Set.of('w', 'm', 'q', 'c', 'p', 'u', 'y', 'e', 'o');
  /** Suffixes of administrative units that end a place name and can be peeled off a longer name. */
  private static final String ADMIN_SUFFIX = "省市县区旗盟";
  /** Suffixes of places (administrative units and villages). */
  private static final String PLACE_SUFFIX = "省市县区旗盟镇乡村";
  /** Last characters an organization name may end with. */
  private static final String ORG_SUFFIX = "委会部局厅处办社队所院校站行馆司团组室厂店支馆";

  private EntityMerge() {}

  static List<Token> apply(String text, List<Token> base, List<Token> ner) {
    int n = text.length();
    int[] startIdx = new int[n + 1];
    int[] endIdx = new int[n + 1];
    Arrays.fill(startIdx, -1);
    Arrays.fill(endIdx, -1);
    for (int k = 0; k < base.size(); k++) {
      startIdx[base.get(k).start()] = k;
      endIdx[base.get(k).end()] = k;
    }
    List<Token> out = new ArrayList<>(base.size());
    int next = 0; // next base token to copy
    for (Token e : ner) {
      String type = type(e);
      if (type == null) {
        continue;
      }
      int i = startIdx[e.start()];
      int j = endIdx[e.end()];
      if (i < next || j < i) {
        continue; // cuts a word of the plain segmentation
      }
      List<Token> span = base.subList(i, j + 1);
      List<Token> replaced = resolve(e, type, span);
      if (replaced == null) {
        continue;
      }
      out.addAll(base.subList(next, i));
      out.addAll(replaced);
      next = j + 1;
    }
    out.addAll(base.subList(next, base.size()));
    return out;
  }

  /** "ns", "nt", "nr" or null. Person names ending in a place suffix (白牛村/nr) are places. */
  private static String type(Token t) {
    String pos = t.pos();
    if (pos.startsWith("ns") || pos.startsWith("nt")) {
      return pos.substring(0, 2);
    }
    if (pos.startsWith("nr") && !pos.startsWith("nrj")) {
      String w = t.word();
      return w.length() >= 3 && PLACE_SUFFIX.indexOf(w.charAt(w.length() - 1)) >= 0 ? "ns" : "nr";
    }
    return null;
  }

  /** The tokens replacing {@code span}, or null to keep the plain segmentation. */
  private static List<Token> resolve(Token e, String type, List<Token> span) {
    if (span.size() == 1) {
      Token only = span.get(0);
      // A dictionary word becomes a place or organization, never a person (全域/n is not a name).
      if (!type.equals("nr") && only.pos().startsWith("n") && !only.pos().startsWith(type)) {
        return List.of(new Token(only.word(), type, only.start()));
      }
      return null;
    }
    for (Token t : span) {
      if (FORBIDDEN_POS_START.contains(t.pos().charAt(0)) || !isHan(t.word())) {
        return null;
      }
    }
    String w = e.word();
    switch (type) {
      case "nr":
        // a surname is not a verb, adjective or adverb in the dictionary (学有, 包联, 厚植 are not names)
        char first = span.get(0).pos().charAt(0);
        return w.length() <= 4 && first != 'v' && first != 'a' && first != 'd'
            ? List.of(new Token(w, e.pos(), e.start())) : null;
      case "ns":
        return w.length() >= 3 && !span.get(0).pos().startsWith("d") && !span.get(0).pos().startsWith("r")
            ? peelAdmin(span, span.size(), "ns") : null;
      default:
        return org(span);
    }
  }

  private static List<Token> org(List<Token> span) {
    Token last = span.get(span.size() - 1);
    String lw = last.word();
    boolean orgEnd = last.pos().startsWith("nis") || last.pos().startsWith("nt")
        || ORG_SUFFIX.indexOf(lw.charAt(lw.length() - 1)) >= 0;
    if (!orgEnd) {
      return null;
    }
    // A place followed by a generic organization word (夏官营镇 党委): two words, PKU-style.
    int placeEnd = span.size() - 1;
    String head = merge(span.subList(0, placeEnd), "ns").word();
    if (last.pos().startsWith("nis") && head.length() >= 3
        && PLACE_SUFFIX.indexOf(head.charAt(head.length() - 1)) >= 0) {
      List<Token> out = new ArrayList<>(peelAdmin(span, placeEnd, "ns"));
      out.add(last);
      return out;
    }
    return peelAdmin(span, span.size(), "nt");
  }

  /**
   * span[0, end) as tokens of the given type, with leading administrative units that are words of
   * their own (榆中县/ns) kept apart.
   */
  private static List<Token> peelAdmin(List<Token> span, int end, String type) {
    List<Token> out = new ArrayList<>();
    int from = 0;
    while (from < end - 1) {
      Token t = span.get(from);
      String w = t.word();
      int restLength = span.get(end - 1).end() - t.end();
      if (t.pos().startsWith("ns") && w.length() >= 2 && restLength >= 2
          && ADMIN_SUFFIX.indexOf(w.charAt(w.length() - 1)) >= 0) {
        out.add(new Token(w, "ns", t.start()));
        from++;
      } else {
        break;
      }
    }
    if (from < end) {
      Token rest = merge(span.subList(from, end), type);
      if (end - from == 1 && !type.equals("nt")) {
        rest = new Token(rest.word(), span.get(from).pos().startsWith("n") ? type : span.get(from).pos(), rest.start());
      }
      out.add(rest);
    }
    return out;
  }

  /** Rule id of {@link #joinAdminSuffix}. */
  static final String ADMIN_SUFFIX_ID = "admin-suffix";

  /**
   * Rule {@code admin-suffix}: a place or proper name followed by a one-character administrative
   * unit the dictionary does not know together ({@code 华州/nz 区/n}) becomes one place, 华州区/ns.
   * Runs in place on the tokens from index {@code from} on (one window's); those before are left alone.
   */
  static void joinAdminSuffix(List<Token> tokens, int from) {
    Token.joinInPlace(tokens, from, (prev, t) -> t.word().length() == 1
        && PLACE_SUFFIX.indexOf(t.word().charAt(0)) >= 0 && t.pos().startsWith("n")
        && prev.end() == t.start() && prev.word().length() >= 2 && isHan(prev.word())
        && (prev.pos().equals("ns") || prev.pos().equals("nz"))
        && PLACE_SUFFIX.indexOf(prev.word().charAt(prev.word().length() - 1)) < 0
        ? new Token(prev.word() + t.word(), "ns", prev.start()) : null);
  }

  private static Token merge(List<Token> tokens, String pos) {
    StringBuilder b = new StringBuilder();
    for (Token t : tokens) {
      b.append(t.word());
    }
    return new Token(b.toString(), pos, tokens.isEmpty() ? 0 : tokens.get(0).start());
  }

  private static boolean isHan(String w) {
    return w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
