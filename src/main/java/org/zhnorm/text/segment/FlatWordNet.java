package org.zhnorm.text.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.NShort.Path.AtomNode;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.utility.Predefine;
import java.util.Arrays;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One sentence's word net as HanLP's Viterbi segmenter builds it, in flat arrays, and its shortest
 * path. Row r holds the words that start at character r - 1 (row 0 the begin marker, row n + 1 the end
 * marker); a row's words are a linked list through {@code next}, in the order HanLP's net adds them,
 * with at most one word of each length.
 */
final class FlatWordNet {
  private static final int NONE = -1;

  /**
   * Each core-dictionary word as HanLP's {@code Vertex} constructor sees it, by dictionary index: its
   * attribute, frequency and word id after HanLP maps a class of words to the class's entry (a place to
   * 未##地, a number to 未##数, ...), and the cost of reaching it from a word it forms no bigram with.
   * Made once from the dictionary, after HanLP has loaded it (loading sets the totals the costs use);
   * nothing here depends on the text. A reload of HanLP's core dictionary is not followed (zhnorm
   * never reloads it).
   */
  private static final class Lexicon {
    static final CoreDictionary.Attribute[] ATTRIBUTE;
    static final int[] FREQUENCY;
    static final int[] WORD_ID;
    static final double[] UNPAIRED_COST;
    /** Atoms (HanLP's word net): a Chinese character, a number, punctuation, a run of letters. */
    static final CoreDictionary.Attribute[] ATOM = new CoreDictionary.Attribute[4];
    static final int[] ATOM_WORD_ID = {-1, CoreDictionary.M_WORD_ID, -1, CoreDictionary.X_WORD_ID};
    /** HanLP's begin and end markers' frequency, and their cost from a word they form no bigram with. */
    static final int MARKER_FREQUENCY;
    static final double MARKER_COST;

    static {
      DoubleArrayTrie<CoreDictionary.Attribute> trie = CoreDictionary.trie;
      int n = trie.size();
      ATTRIBUTE = new CoreDictionary.Attribute[n];
      FREQUENCY = new int[n];
      WORD_ID = new int[n];
      UNPAIRED_COST = new double[n];
      for (int k = 0; k < n; k++) {
        Vertex v = new Vertex("字", trie.get(k), k);
        ATTRIBUTE[k] = v.attribute;
        FREQUENCY[k] = v.attribute.totalFrequency;
        WORD_ID[k] = v.wordID;
        UNPAIRED_COST[k] = cost(0, 0, FREQUENCY[k]);
      }
      MARKER_FREQUENCY = Predefine.TOTAL_FREQUENCY / 10;
      MARKER_COST = cost(0, 0, MARKER_FREQUENCY);
      Nature[] natures = {Nature.n, Nature.m, Nature.w, Nature.nx};
      for (int a = 0; a < natures.length; a++) {
        ATOM[a] = new CoreDictionary.Attribute(natures[a], Predefine.OOV_DEFAULT_FREQUENCY);
      }
    }
  }

  /**
   * HanLP's edge cost from a word of frequency {@code fFrom} to one of frequency {@code fTo} that
   * follows it {@code fBigram} times in HanLP's corpus: minus the log of the smoothed bigram
   * probability, written as HanLP writes it so that the doubles, and the ties, are the same. With
   * {@code fBigram} = 0 it does not depend on {@code fFrom}.
   */
  static double cost(int fFrom, int fBigram, int fTo) {
    return -Math.log(Predefine.lambda * (Predefine.myu * fBigram / (fFrom + 1) + 1 - Predefine.myu)
        + (1 - Predefine.lambda) * fTo / Predefine.TOTAL_FREQUENCY);
  }

  /**
   * One net per thread: its arrays are reused from sentence to sentence (each sentence overwrites what
   * it reads; nothing of one sentence is looked up for another).
   */
  private static final ThreadLocal<FlatWordNet> SCRATCH = ThreadLocal.withInitial(FlatWordNet::new);

  private char[] s = new char[0];
  private int rows;
  private int[] head = new int[0];
  private int[] tail = new int[0];
  private int size;
  private int[] length = new int[64];
  private int[] frequency = new int[64];
  private int[] wordId = new int[64];
  private double[] unpairedCost = new double[64];
  /** Core-dictionary index, or -(a + 1) for atom kind a of {@link Lexicon#ATOM}. */
  private int[] ref = new int[64];
  private int[] next = new int[64];
  private double[] weight = new double[64];
  private int[] from = new int[64];
  private int endWord;

  private FlatWordNet() {}

  /** This thread's net, holding {@code s}: its core-dictionary words, then atoms where no word starts. */
  static FlatWordNet of(char[] s) {
    FlatWordNet net = SCRATCH.get();
    net.reset(s);
    return net;
  }

  private void reset(char[] sentence) {
    s = sentence;
    rows = s.length + 2;
    if (head.length < rows) {
      head = new int[rows * 2];
      tail = new int[rows * 2];
    }
    Arrays.fill(head, 0, rows, NONE);
    size = 0;
    append(0, 1, Lexicon.MARKER_FREQUENCY, CoreDictionary.BEGIN_WORD_ID, Lexicon.MARKER_COST, 0);
    endWord = append(rows - 1, 1, Lexicon.MARKER_FREQUENCY, CoreDictionary.END_WORD_ID,
        Lexicon.MARKER_COST, 0);
    addDictionaryWords();
    addAtoms();
  }

  /**
   * Every core-dictionary word found at every start (double-array prefix search), shortest first.
   * Row {@code from + 1} is empty before and gets one word per length.
   */
  private void addDictionaryWords() {
    int[] base = CoreDictionary.trie.getBase();
    int[] check = CoreDictionary.trie.getCheck();
    int[] freq = Lexicon.FREQUENCY;
    int[] ids = Lexicon.WORD_ID;
    double[] unpaired = Lexicon.UNPAIRED_COST;
    for (int from = 0; from < s.length; from++) {
      int b = base[0];
      for (int i = from; i < s.length; i++) {
        int p = b + s[i] + 1;
        if (p >= check.length || check[p] != b) {
          break;
        }
        b = base[p];
        int leaf = base[b];
        if (check[b] == b && leaf < 0) {
          int k = -leaf - 1;
          append(from + 1, i - from + 1, freq[k], ids[k], unpaired[k], k);
        }
      }
    }
  }

  /**
   * HanLP's atoms where no dictionary word starts, so that the net is connected: a run of characters
   * with no word is cut by character type (a number with its decimal point stays whole), and a run
   * reaching into Chinese numerals goes on past words that start there.
   */
  private void addAtoms() {
    for (int i = 1; i < rows; ) {
      if (head[i] == NONE) {
        int j = i + 1;
        for (; j < rows - 1; ++j) {
          if (head[j] != NONE && CharType.get(s[j - 1]) != CharType.CT_CNUM) {
            break;
          }
        }
        int r = i;
        for (AtomNode atom : FlatViterbiSegment.atoms(s, i - 1, j - 1)) {
          int kind = atomKind(atom.nPOS);
          int freq = Lexicon.ATOM[kind].totalFrequency;
          add(r, atom.sWord.length(), freq, Lexicon.ATOM_WORD_ID[kind], -(kind + 1));
          r += atom.sWord.length();
        }
        i = j;
      } else {
        i += length[tail[i]];
      }
    }
  }

  /** HanLP's word net's classes of atoms: 0 a character, 1 a number, 2 punctuation, 3 letters. */
  private static int atomKind(int charType) {
    return switch (charType) {
      case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> 1;
      case CharType.CT_DELIMITER, CharType.CT_OTHER -> 2;
      case CharType.CT_SINGLE -> 3;
      default -> 0;
    };
  }

  /** Appends a word to row r unless the row holds one of that length already. */
  private void add(int r, int len, int freq, int id, int wordRef) {
    for (int c = head[r]; c != NONE; c = next[c]) {
      if (length[c] == len) {
        return;
      }
    }
    append(r, len, freq, id, cost(0, 0, freq), wordRef);
  }

  /** Appends a word to row r (the caller knows the row holds none of that length); its index. */
  private int append(int r, int len, int freq, int id, double unpaired, int wordRef) {
    if (size == length.length) {
      grow();
    }
    int c = size++;
    length[c] = len;
    frequency[c] = freq;
    wordId[c] = id;
    unpairedCost[c] = unpaired;
    ref[c] = wordRef;
    next[c] = NONE;
    if (head[r] == NONE) {
      head[r] = c;
    } else {
      next[tail[r]] = c;
    }
    tail[r] = c;
    return c;
  }

  private void grow() {
    int n = length.length * 2;
    length = Arrays.copyOf(length, n);
    frequency = Arrays.copyOf(frequency, n);
    wordId = Arrays.copyOf(wordId, n);
    unpairedCost = Arrays.copyOf(unpairedCost, n);
    ref = Arrays.copyOf(ref, n);
    next = Arrays.copyOf(next, n);
    weight = new double[n];
    from = new int[n];
  }

  /**
   * Viterbi over the rows in order, each word relaxing the words of the row where it ends; a word keeps
   * its first predecessor among equals (HanLP's rule). The words of the path from the begin marker to
   * the end marker, or null when the end is unreachable.
   */
  @Nullable PathWords bestPath() {
    double[] weight = this.weight;
    int[] from = this.from;
    Arrays.fill(from, 0, size, NONE);
    for (int t = head[1]; t != NONE; t = next[t]) {
      relax(0, t, weight, from);
    }
    for (int i = 1; i < rows - 1; i++) {
      for (int c = head[i]; c != NONE; c = next[c]) {
        if (from[c] == NONE) {
          continue;
        }
        for (int t = head[i + length[c]]; t != NONE; t = next[t]) {
          relax(c, t, weight, from);
        }
      }
    }
    if (from[endWord] == NONE) {
      return null;
    }
    int count = 0;
    for (int c = from[endWord]; c != 0; c = from[c]) {
      count++;
    }
    PathWords path = new PathWords(s, count);
    int at = s.length;
    for (int c = from[endWord], k = count - 1; c != 0; c = from[c], k--) {
      at -= length[c];
      int r = ref[c];
      path.set(k, at, length[c], r >= 0 ? Lexicon.ATTRIBUTE[r] : Lexicon.ATOM[-r - 1]);
    }
    return path;
  }

  /** Relaxes the edge f -> t; the log is taken only for a word pair in the bigram table. */
  private void relax(int f, int t, double[] weight, int[] from) {
    int fBigram = BigramTable.frequency(wordId[f], wordId[t]);
    double w = weight[f] + (fBigram == 0 ? unpairedCost[t] : cost(frequency[f], fBigram, frequency[t]));
    if (from[t] == NONE || weight[t] > w) {
      from[t] = f;
      weight[t] = w;
    }
  }
}
