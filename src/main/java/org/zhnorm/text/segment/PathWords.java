package org.zhnorm.text.segment;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BaseNode;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The words of a sentence's best path, in order: where each starts, its length (0 once merged into the
 * word before it) and its dictionary attribute, whose first tag is the word's tag.
 */
final class PathWords {
  private final char[] s;
  private final int size;
  private final int[] start;
  private final int[] length;
  private final CoreDictionary.Attribute[] attribute;

  PathWords(char[] s, int size) {
    this.s = s;
    this.size = size;
    start = new int[size];
    length = new int[size];
    attribute = new CoreDictionary.Attribute[size];
  }

  void set(int k, int wordStart, int wordLength, CoreDictionary.Attribute a) {
    start[k] = wordStart;
    length[k] = wordLength;
    attribute[k] = a;
  }

  /**
   * HanLP's custom-dictionary merge: from each word, the longest run of whole words that spells a custom
   * word becomes that word (a run of one takes the custom word's tag); first with the dictionary's
   * double-array trie, then with its dynamic trie (words added at run time, such as ours).
   */
  void mergeCustomWords(DynamicCustomDictionary dictionary) {
    mergeLongestRuns(new ArrayCursor(dictionary.dat));
    if (dictionary.trie != null) {
      mergeLongestRuns(new NodeCursor(dictionary.trie));
    }
  }

  private void mergeLongestRuns(Cursor cursor) {
    for (int i = 0; i < size; i++) {
      if (length[i] == 0 || !cursor.startWith(i)) {
        continue;
      }
      int end = i + 1;
      CoreDictionary.Attribute value = cursor.value();
      for (int to = i + 1; to < size; to++) {
        if (length[to] == 0) {
          continue;
        }
        if (!cursor.extendWith(to)) {
          break;
        }
        CoreDictionary.Attribute found = cursor.value();
        if (found != null) {
          value = found;
          end = to + 1;
        }
      }
      if (value != null) {
        join(i, end, value);
        i = end - 1;
      }
    }
  }

  /** A walk through one of HanLP's tries, a whole path word at a time. */
  private interface Cursor {
    /** Walks word k from the root; whether HanLP's merge goes on from there. */
    boolean startWith(int k);

    /** Walks word k on from where the cursor is; whether a key of the trie still starts so. */
    boolean extendWith(int k);

    /** The attribute of the key that ends where the cursor is, or null. */
    CoreDictionary.@Nullable Attribute value();
  }

  /**
   * HanLP's double-array trie: from state b, character c leads to state base[p] when check[p] = b
   * (p = b + c + 1); a key ends at state b when check[b] = b and base[b] < 0.
   */
  private final class ArrayCursor implements Cursor {
    private final DoubleArrayTrie<CoreDictionary.Attribute> dat;
    private final int[] base;
    private final int[] check;
    private int state;

    ArrayCursor(DoubleArrayTrie<CoreDictionary.Attribute> dat) {
      this.dat = dat;
      this.base = dat.getBase();
      this.check = dat.getCheck();
    }

    @Override
    public boolean startWith(int k) {
      state = walk(1, k); // HanLP starts its merge from state 1 and goes on only from a state above 0
      return state > 0;
    }

    @Override
    public boolean extendWith(int k) {
      state = walk(state, k);
      return state >= 0;
    }

    private int walk(int from, int k) {
      int b = from;
      for (int i = start[k], e = start[k] + length[k]; i < e; i++) {
        int p = b + s[i] + 1;
        if (p >= check.length || b != check[p]) {
          return -1;
        }
        b = base[p];
      }
      return b;
    }

    @Override
    public CoreDictionary.@Nullable Attribute value() {
      int n = base[state];
      return state == check[state] && n < 0 ? dat.get(-n - 1) : null;
    }
  }

  /** HanLP's dynamic trie (a node per character). */
  private final class NodeCursor implements Cursor {
    private final BinTrie<CoreDictionary.Attribute> root;
    private @Nullable BaseNode<CoreDictionary.Attribute> node;

    NodeCursor(BinTrie<CoreDictionary.Attribute> root) {
      this.root = root;
    }

    @Override
    public boolean startWith(int k) {
      node = root;
      return extendWith(k);
    }

    @Override
    public boolean extendWith(int k) {
      BaseNode<CoreDictionary.Attribute> cur = node;
      for (int i = start[k], e = start[k] + length[k]; i < e && cur != null; i++) {
        cur = cur.transition(s[i]);
      }
      node = cur;
      return cur != null;
    }

    @Override
    public CoreDictionary.@Nullable Attribute value() {
      return node == null ? null : node.getValue();
    }
  }

  /** Words [i, end) become word i with the custom word's attribute. */
  private void join(int i, int end, CoreDictionary.Attribute value) {
    attribute[i] = value;
    for (int k = i + 1; k < end; k++) {
      if (length[k] > 0) {
        length[i] = start[k] + length[k] - start[i];
        length[k] = 0;
      }
    }
  }

  /**
   * Whether HanLP's translated-name recognizer would change this path: a word tagged nrf followed by
   * another nrf word or a word of its transliteration dictionary (the end marker's word is a space).
   */
  boolean startsTransliteratedName() {
    for (int i = 0; i < size; i++) {
      if (length[i] == 0 || attribute[i].nature[0] != Nature.nrf) {
        continue;
      }
      int n = i + 1;
      while (n < size && length[n] == 0) {
        n++;
      }
      if (n == size) {
        return TranslatedPersonDictionary.containsKey(" ");
      }
      if (attribute[n].nature[0] == Nature.nrf
          || TranslatedPersonDictionary.containsKey(new String(s, start[n], length[n]))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The path's words as tokens at offset {@code base} + their place in the sentence, as {@link
   * WordSegmenter#align} places HanLP's terms: a word holding whitespace becomes one token per run
   * without it, with the word's tag.
   */
  void appendTokens(int base, List<Token> out) {
    for (int i = 0; i < size; i++) {
      if (length[i] == 0) {
        continue;
      }
      Nature nature = attribute[i].nature[0];
      String pos = nature == null ? WordSegmenter.UNKNOWN_POS : nature.toString();
      String word = new String(s, start[i], length[i]);
      if (WordSegmenter.noSpace(word)) {
        out.add(new Token(word, pos, base + start[i]));
      } else {
        WordSegmenter.addRuns(word, 0, word.length(), pos, base + start[i], out);
      }
    }
  }

  /** HanLP's terms of the path: word, first tag and (when asked) offset in the sentence. */
  List<Term> terms(boolean offsets) {
    List<Term> out = new ArrayList<>(size);
    int offset = 0;
    for (int i = 0; i < size; i++) {
      if (length[i] == 0) {
        continue;
      }
      Term t = new Term(new String(s, start[i], length[i]), attribute[i].nature[0]);
      if (offsets) {
        t.offset = offset;
      }
      offset += length[i];
      out.add(t);
    }
    return out;
  }
}
