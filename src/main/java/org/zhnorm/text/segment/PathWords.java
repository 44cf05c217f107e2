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
    DoubleArrayTrie<CoreDictionary.Attribute> dat = dictionary.dat;
    int[] base = dat.getBase();
    int[] check = dat.getCheck();
    for (int i = 0; i < size; i++) {
      int state = walk(base, check, 1, i);
      if (state > 0) {
        int end = i + 1;
        CoreDictionary.Attribute value = output(dat, base, check, state);
        for (int to = i + 1; to < size; to++) {
          state = walk(base, check, state, to);
          if (state < 0) {
            break;
          }
          CoreDictionary.Attribute found = output(dat, base, check, state);
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
    BinTrie<CoreDictionary.Attribute> trie = dictionary.trie;
    if (trie == null) {
      return;
    }
    for (int i = 0; i < size; i++) {
      if (length[i] == 0) {
        continue;
      }
      BaseNode<CoreDictionary.Attribute> state = walk(trie, i);
      if (state != null) {
        int end = i + 1;
        CoreDictionary.Attribute value = state.getValue();
        for (int to = i + 1; to < size; to++) {
          if (length[to] == 0) {
            continue;
          }
          state = walk(state, to);
          if (state == null) {
            break;
          }
          if (state.getValue() != null) {
            value = state.getValue();
            end = to + 1;
          }
        }
        if (value != null) {
          join(i, end, value);
          i = end - 1;
        }
      }
    }
  }

  /** The double-array trie's state after word k's characters from {@code state}, or -1. */
  private int walk(int[] base, int[] check, int state, int k) {
    int b = state;
    for (int i = start[k], e = start[k] + length[k]; i < e; i++) {
      int p = b + s[i] + 1;
      if (p >= check.length || b != check[p]) {
        return -1;
      }
      b = base[p];
    }
    return b;
  }

  private static CoreDictionary.@Nullable Attribute output(
      DoubleArrayTrie<CoreDictionary.Attribute> dat, int[] base, int[] check, int state) {
    int n = base[state];
    return state == check[state] && n < 0 ? dat.get(-n - 1) : null;
  }

  /** The dynamic trie's node after word k's characters from {@code node}, or null. */
  private @Nullable BaseNode<CoreDictionary.Attribute> walk(BaseNode<CoreDictionary.Attribute> node, int k) {
    BaseNode<CoreDictionary.Attribute> cur = node;
    for (int i = start[k], e = start[k] + length[k]; i < e && cur != null; i++) {
      cur = cur.transition(s[i]);
    }
    return cur;
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
      int from = start[i];
      int to = from + length[i];
      int c = from;
      while (c < to && !WordSegmenter.isSpace(s[c])) {
        c++;
      }
      String word = new String(s, from, to - from);
      if (c == to) {
        out.add(new Token(word, pos, base + from));
      } else {
        WordSegmenter.addRuns(word, 0, word.length(), pos, base + from, out);
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
