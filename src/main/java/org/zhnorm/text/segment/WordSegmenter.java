package org.zhnorm.text.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/** HanLP word segmentation. (First version: HanLP.segment.) */
public final class WordSegmenter {
  public static WordSegmenter load() {
    return new WordSegmenter();
  }

  public List<Token> segment(String text) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    for (Term t : HanLP.segment(text)) {
      int at = text.indexOf(t.word, pos);
      if (at < 0) {
        at = pos;
      }
      if (!t.word.isBlank()) {
        out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), at));
      }
      pos = at + t.word.length();
    }
    return out;
  }
}
