package org.zhnorm.text.convert;

import java.util.ArrayList;
import java.util.List;

/**
 * An OpenCC config (see resources org/zhnorm/opencc/config/*.json): normalization pre-pass, then
 * max-match segmentation over a phrase dictionary ({@code mmseg}), then the conversion chain, each
 * step applied to every segment in turn (OpenCC {@code ConversionChain::Convert(SegmentsPtr)}).
 *
 * <p>The segmentation and the per-segment loop are ours: opencc4j has one segmentation and one
 * lookup per call and no notion of a chain of dictionary groups whose later steps match on the
 * output of earlier ones within fixed segment boundaries. Each step itself runs on opencc4j.
 */
final class OpenccChain {
  private final String id;
  private final OpenccStage normalization;
  private final OpenccDictionary segmentationDict;
  private final List<OpenccStage> steps;
  /** True when per-segment application gives the same result as one pass over the whole text. */
  private final boolean singlePass;

  OpenccChain(
      String id, OpenccStage normalization, OpenccDictionary segmentationDict, List<OpenccStage> steps) {
    this.id = id;
    this.normalization = normalization;
    this.segmentationDict = segmentationDict;
    this.steps = List.copyOf(steps);
    // With one step whose group starts with the segmentation dictionary, the step's matches are the
    // segments themselves (same longest-prefix rule over the same dictionary) and no match can
    // cross a segment boundary, so segmenting first changes nothing: skip it (t2s).
    this.singlePass =
        steps.size() == 1 && steps.get(0).group().dicts().get(0) == segmentationDict;
  }

  String id() {
    return id;
  }

  String convert(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String normalized = normalization.apply(text);
    if (singlePass) {
      return steps.get(0).apply(normalized);
    }
    StringBuilder out = new StringBuilder(normalized.length() + 16);
    for (String segment : segment(normalized)) {
      String s = segment;
      for (OpenccStage step : steps) {
        s = step.apply(s);
      }
      out.append(s);
    }
    return out.toString();
  }

  /**
   * Trace mode: the text after normalization and after each conversion step, in order, as
   * {step id, text} pairs; the last text equals {@link #convert(String)}.
   */
  List<String[]> trace(String text) {
    List<String[]> out = new ArrayList<>();
    String normalized = normalization.apply(text);
    out.add(new String[] {normalization.id(), normalized});
    List<String> segments = segment(normalized);
    for (OpenccStage step : steps) {
      StringBuilder sb = new StringBuilder();
      List<String> next = new ArrayList<>(segments.size());
      for (String seg : segments) {
        String converted = step.apply(seg);
        next.add(converted);
        sb.append(converted);
      }
      segments = next;
      out.add(new String[] {step.id(), sb.toString()});
    }
    return out;
  }

  /** OpenCC's MaxMatchSegmentation: dictionary matches, and the runs of text between them. */
  List<String> segment(String text) {
    List<String> segments = new ArrayList<>();
    int n = text.length();
    int runStart = 0;
    int pos = 0;
    while (pos < n) {
      int len = segmentationDict.matchPrefix(text, pos, n);
      if (len == 0) {
        pos += DictGroup.codePointLength(text, pos);
      } else {
        if (runStart < pos) {
          segments.add(text.substring(runStart, pos));
        }
        segments.add(text.substring(pos, pos + len));
        pos += len;
        runStart = pos;
      }
    }
    if (runStart < n) {
      segments.add(text.substring(runStart, n));
    }
    return segments;
  }
}
