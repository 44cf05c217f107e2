package org.zhnorm.text.segment;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.zhnorm.text.Budget;

/**
 * Word segmentation on HanLP portable, measured and chosen in docs/SEGMENTATION.md. Steps:
 * 1) the text is cut into bounded windows ({@link Windows}: sentences, and at most 400 characters),
 * so the time per document is linear in its length; 2) each window gets one pass of HanLP's Viterbi
 * segmenter (core dictionary + bigrams + the bundled domain dictionary) with the role-tagging name
 * recognizers off: the words and POS tags, and the places, organizations and persons the dictionaries
 * tag (ns, nt, nr); 3) rule {@code admin-suffix} (华州 区 -> 华州区/ns); 4) rule {@code number-unit}
 * keeps numbers with their units whole, across windows too.
 *
 * <p>The recognizers are not run: the plain pass with them added costs 2.6 times the plain pass alone,
 * and about half of the names they add on our dev pages are wrong (docs/SEGMENTATION.md has the counts). Places for claims and for the
 * document's place come from the administrative-division gazetteer, not from these tags.
 *
 * <p>{@link #segment} guarantees: every non-whitespace character of the input is covered by exactly
 * one token, tokens are in order, never overlap, never contain whitespace, never split a surrogate
 * pair, and {@code text.substring(start, end)} equals the word. One instance is safe to share between
 * threads (HanLP keeps per-call state on the stack, {@link FlatViterbiSegment} on the stack and in
 * arrays of the calling thread; the dictionaries are only read after set-up).
 */
public final class WordSegmenter {
  /** Part-of-speech tag for characters HanLP's output did not cover (should not happen). */
  static final String UNKNOWN_POS = "x";

  /** Plain segmentation: words and POS, no name recognizers ({@link FlatViterbiSegment} in the pipeline). */
  private final Segment engine;
  /**
   * A second pass with HanLP's name recognizers, merged by rule {@code entity-boundary}; null in the
   * pipeline. Kept for {@code SegmenterBench}, which measures what the entity columns would gain.
   */
  private final @Nullable Segment recognizer;

  WordSegmenter(Segment engine, @Nullable Segment recognizer) {
    DomainDictionary.ensureInstalled();
    this.engine = engine;
    this.recognizer = recognizer;
  }

  /**
   * The shared segmenter. The first call installs the domain dictionary into HanLP's process-wide
   * custom dictionary (once per JVM, under class-initialization locking); later calls are free. Call
   * it in {@code @Setup}, before any parallel use.
   */
  public static WordSegmenter load() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final WordSegmenter INSTANCE = warmedUp(new WordSegmenter(plainEngine(), null));
  }

  /** A sentence that makes HanLP load every dictionary we use (person, place, organization, bigrams). */
  static final String WARM_UP = "榆中县夏官营镇党委与兰州大学共建示范点，第一书记张建国说：全镇共有309名党员。";

  /** Loads HanLP's lazily loaded dictionaries now, on one thread, instead of on first parallel use. */
  private static WordSegmenter warmedUp(WordSegmenter s) {
    s.segment(WARM_UP);
    return s;
  }

  /**
   * Words and POS: HanLP's Viterbi segmenter without the role-tagging name recognizers, its word net
   * held in flat arrays ({@link FlatViterbiSegment}: the same terms).
   */
  static FlatViterbiSegment plainEngine() {
    FlatViterbiSegment engine = new FlatViterbiSegment();
    engine.enableNameRecognize(false)
        .enablePlaceRecognize(false)
        .enableOrganizationRecognize(false)
        .enableJapaneseNameRecognize(false)
        .enableOffset(true);
    return engine;
  }

  /** Names: person (HanLP's default), place and organization recognition; Japanese names off. */
  static Segment recognizerEngine() {
    return new ViterbiSegment()
        .enableNameRecognize(true)
        .enablePlaceRecognize(true)
        .enableOrganizationRecognize(true)
        .enableJapaneseNameRecognize(false)
        .enableOffset(true);
  }

  /** Words of {@code text} with POS tags and offsets; whitespace is never part of a token. */
  public List<Token> segment(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<Token> tokens = new ArrayList<>(text.length() / 2 + 1);
    for (int[] w : Windows.of(text)) {
      Budget.check(); // a document over its time budget becomes a timeout dead letter
      int from = tokens.size();
      if (recognizer == null) {
        plainTokens(text, w[0], w[1], tokens);
      } else {
        String window = text.substring(w[0], w[1]);
        for (Token t : EntityMerge.apply(window, aligned(window, engine), aligned(window, recognizer))) {
          tokens.add(new Token(t.word(), t.pos(), t.start() + w[0]));
        }
      }
      EntityMerge.joinAdminSuffix(tokens, from);
    }
    return NumberUnitMerge.apply(tokens);
  }

  /**
   * The plain pass's tokens of text[from, to), appended at their offsets in {@code text}: straight from
   * {@link FlatViterbiSegment}'s path words when it answers the window, else HanLP's terms placed.
   */
  private void plainTokens(String text, int from, int to, List<Token> out) {
    int first = out.size();
    PathWords path = null;
    if (engine instanceof FlatViterbiSegment flat) {
      char[] chars = new char[to - from];
      text.getChars(from, to, chars, 0);
      path = flat.plainPath(chars);
    }
    if (path != null) {
      path.appendTokens(from, out);
    } else {
      String window = text.substring(from, to);
      align(window, engine.seg(window), from, out);
    }
    joinSurrogates(out, first);
  }

  /** One engine's tokens of a window, at offsets within the window (the recognizer comparison only). */
  private static List<Token> aligned(String window, Segment engine) {
    List<Token> out = new ArrayList<>();
    align(window, engine.seg(window), 0, out);
    joinSurrogates(out, 0);
    return out;
  }

  /** The words of one line joined by single spaces (what {@code ./zhnorm segment} prints per line). */
  public String segmentLine(String line) {
    StringBuilder out = new StringBuilder(line.length() + line.length() / 2);
    for (Token t : segment(line)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(t.word());
    }
    return out.toString();
  }

  /**
   * {@code ./zhnorm segment}: each input line becomes one output line of words separated by single
   * spaces (an empty or blank line stays an empty line, so line numbers match a gold file).
   */
  public void segmentLines(BufferedReader in, Writer out) throws IOException {
    String line;
    while ((line = in.readLine()) != null) {
      out.write(segmentLine(line));
      out.write('\n');
    }
    out.flush();
  }

  /**
   * Places HanLP's terms on the text and appends them to {@code out} at offset {@code base} + their
   * place in {@code text}: trusts a term's offset when the text there equals the word, else looks the
   * word up from the cursor; splits terms at whitespace; any non-whitespace character left uncovered
   * becomes a token of its own run with tag {@link #UNKNOWN_POS}.
   */
  static void align(String text, List<Term> terms, int base, List<Token> out) {
    int cursor = 0;
    for (Term term : terms) {
      String w = term.word;
      if (w == null || w.isEmpty()) {
        continue;
      }
      int at = term.offset;
      if (at < cursor || !text.startsWith(w, at)) {
        at = text.indexOf(w, cursor);
        if (at < 0) {
          continue; // its characters are filled in as a gap below
        }
      }
      addRuns(text, cursor, at, UNKNOWN_POS, base, out);
      String pos = term.nature == null ? UNKNOWN_POS : term.nature.toString();
      if (noSpace(w)) {
        out.add(new Token(w, pos, base + at)); // the usual case: the term is one token, its string reused
      } else {
        addRuns(text, at, at + w.length(), pos, base, out);
      }
      cursor = at + w.length();
    }
    addRuns(text, cursor, text.length(), UNKNOWN_POS, base, out);
  }

  /** Whether {@code w} holds no whitespace ({@link #isSpace}). */
  static boolean noSpace(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (isSpace(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Adds one token per maximal non-whitespace run of text[from, to), at offset {@code base} + its place. */
  static void addRuns(String text, int from, int to, String pos, int base, List<Token> out) {
    int i = from;
    while (i < to) {
      while (i < to && isSpace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && !isSpace(text.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(new Token(text.substring(s, i), pos, base + s));
      }
    }
  }

  /**
   * Whitespace for token boundaries: Java whitespace plus no-break and ideographic spaces. No char above
   * the ideographic space (U+3000) is either, so Han text is answered by one comparison, and ASCII (the
   * digits and letters among it) by a few.
   */
  static boolean isSpace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return c <= '\u3000' && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** Merges adjacent tokens that split a surrogate pair, in place, from index {@code from} on. */
  static void joinSurrogates(List<Token> tokens, int from) {
    Token.joinInPlace(tokens, from, (prev, t) -> prev.end() == t.start()
        && Character.isHighSurrogate(prev.word().charAt(prev.word().length() - 1))
        && Character.isLowSurrogate(t.word().charAt(0))
        ? new Token(prev.word() + t.word(), prev.pos(), prev.start()) : null);
  }
}
