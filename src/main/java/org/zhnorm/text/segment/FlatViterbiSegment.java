package org.zhnorm.text.segment;

import com.hankcs.hanlp.seg.NShort.Path.AtomNode;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * HanLP's plain Viterbi segmentation, computed on flat arrays. {@link ViterbiSegment} builds, for every
 * sentence, a linked list per character and a {@code Vertex} object (with its word as a new string) for
 * every dictionary word that starts there, looks up each edge's bigram by binary search, then merges
 * custom-dictionary words over more objects. This class computes the same terms with:
 *
 * <ol>
 *   <li>{@link FlatWordNet}: the same candidate words from HanLP's core dictionary, each kept as a few
 *       ints, and the same shortest path (HanLP's smoothed bigram cost, the same order of relaxation,
 *       the same tie rule), the bigrams read from {@link BigramTable};
 *   <li>{@link PathWords}: HanLP's custom-dictionary merge (its double-array trie, then its dynamic
 *       trie, longest run of whole words first) on the path's words, and the terms with their tags.
 * </ol>
 *
 * <p>A sentence goes to HanLP's own {@code segSentence} instead when the engine is configured beyond the
 * plain pass (a role-tagging recognizer, index mode, POS tagging, number-quantifier merging, forced custom
 * words), when HanLP's translated-name recognizer would fire (a word tagged nrf followed by another nrf
 * word or a word of HanLP's transliteration dictionary: it re-runs the path over HanLP's full word net),
 * or when the end of the net is unreachable. {@code FlatViterbiSegmentTest} checks that the terms equal
 * {@code ViterbiSegment}'s, word, tag and offset, on every window of the test pages.
 */
final class FlatViterbiSegment extends ViterbiSegment {
  @Override
  protected List<Term> segSentence(char[] sentence) {
    PathWords path = plainPath(sentence);
    return path == null ? super.segSentence(sentence) : path.terms(config.offset);
  }

  /**
   * The words of the plain pass over {@code sentence}, or null when HanLP's own pass must answer
   * (see the class comment; also when HanLP would normalize the characters first).
   */
  @Nullable PathWords plainPath(char[] sentence) {
    if (!plain() || config.normalization || sentence.length == 0) {
      return null;
    }
    PathWords path = FlatWordNet.of(sentence).bestPath();
    if (path == null) {
      return null;
    }
    if (config.useCustomDictionary) {
      path.mergeCustomWords(customDictionary);
    }
    if (config.ner && config.translatedNameRecognize && path.startsTransliteratedName()) {
      return null;
    }
    return path;
  }

  /**
   * HanLP's quick atom segmentation of s[start, end), for {@link FlatWordNet} (a protected method of
   * HanLP's segmenters).
   */
  static List<AtomNode> atoms(char[] s, int start, int end) {
    return quickAtomSegment(s, start, end);
  }

  /** The configuration this class reproduces: the words and tags of one Viterbi pass, nothing more. */
  private boolean plain() {
    return config.indexMode == 0
        && !config.nameRecognize
        && !config.japaneseNameRecognize
        && !config.placeRecognize
        && !config.organizationRecognize
        && !config.speechTagging
        && !config.numberQuantifierRecognize
        && !config.forceCustomDictionary;
  }
}
