package org.zhnorm.text.convert;

import com.github.houbb.opencc4j.core.impl.ZhConvertBootstrap;
import com.github.houbb.opencc4j.support.datamap.IDataMap;
import com.github.houbb.opencc4j.support.segment.Segment;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One OpenCC conversion step (one dictionary group of a config's {@code conversion_chain}) run on
 * opencc4j.
 *
 * <p>How opencc4j is used: {@link ZhConvertBootstrap#toSimple(String)} segments the text with a
 * {@link Segment}, then replaces each unit by the first value of its entry in the phrase map, or
 * char by char from the char map. We plug in (1) {@link GroupSegment}, which cuts the text exactly
 * where OpenCC's {@code Conversion::Convert} would match (short-circuit longest prefix over the
 * group's dictionaries, code-point aware), emitting dictionary keys and runs of unmatched text; and
 * (2) a data map whose phrase map is the group's merged upstream dictionaries and whose char map is
 * empty, so unmatched runs (including surrogate pairs) are copied unchanged. opencc4j's own
 * segmenters cannot be used: they are bound to static tries built from its bundled (old) tables.
 */
final class OpenccStage {
  private final String id;
  private final DictGroup group;
  private final ZhConvertBootstrap engine;

  OpenccStage(String id, DictGroup group) {
    this.id = id;
    this.group = group;
    this.engine = ZhConvertBootstrap.newInstance(new GroupSegment(group)).dataMap(new GroupDataMap(group));
  }

  String id() {
    return id;
  }

  DictGroup group() {
    return group;
  }

  String apply(String text) {
    return hasMatch(text) ? engine.toSimple(text) : text;
  }

  /** Cheap pre-scan: most texts have no entry of the normalization group, for example. */
  private boolean hasMatch(String text) {
    int n = text.length();
    for (int pos = 0; pos < n; pos++) {
      if (group.matchPrefix(text, pos, n) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Cuts text into group matches (dictionary keys) and maximal runs of unmatched code points. */
  static final class GroupSegment implements Segment {
    private final DictGroup group;

    GroupSegment(DictGroup group) {
      this.group = group;
    }

    @Override
    public List<String> seg(String text) {
      List<String> units = new ArrayList<>();
      int n = text.length();
      int runStart = 0;
      int pos = 0;
      while (pos < n) {
        int len = group.matchPrefix(text, pos, n);
        if (len == 0) {
          pos += DictGroup.codePointLength(text, pos);
        } else {
          if (runStart < pos) {
            units.add(text.substring(runStart, pos));
          }
          units.add(text.substring(pos, pos + len));
          pos += len;
          runStart = pos;
        }
      }
      if (runStart < n) {
        units.add(text.substring(runStart, n));
      }
      return units;
    }
  }

  /** Phrase map = the group's merged dictionaries; the other maps are empty (unused on toSimple). */
  static final class GroupDataMap implements IDataMap {
    private final Map<String, List<String>> phrases;

    GroupDataMap(DictGroup group) {
      this.phrases = group.merged();
    }

    @Override
    public Map<String, List<String>> tsPhrase() {
      return phrases;
    }

    @Override
    public Map<String, List<String>> tsChar() {
      return Collections.emptyMap();
    }

    @Override
    public Map<String, List<String>> stPhrase() {
      return Collections.emptyMap();
    }

    @Override
    public Map<String, List<String>> stChar() {
      return Collections.emptyMap();
    }

    @Override
    public Set<String> tChars() {
      return Collections.emptySet();
    }

    @Override
    public Set<String> sChars() {
      return Collections.emptySet();
    }
  }
}
