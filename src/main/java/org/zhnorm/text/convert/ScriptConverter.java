package org.zhnorm.text.convert;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Converts text to Simplified Chinese. (First version: opencc4j's bundled tables.) */
public final class ScriptConverter {
  public static ScriptConverter load() {
    return new ScriptConverter();
  }

  public Conversion convert(String text, @Nullable String sourceUri, @Nullable Chain forced) {
    String out = ZhConverterUtil.toSimple(text);
    return new Conversion(out, out.equals(text) ? "simplified" : "traditional", out.equals(text) ? "none" : "t2s");
  }

  public String convert(String text, Chain chain) {
    return ZhConverterUtil.toSimple(text);
  }
}
