package org.zhnorm.transforms;

import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The Hive partition value of a publish time. */
final class Months {
  private static final Pattern YEAR_MONTH = Pattern.compile("^\\d{4}-\\d{2}");

  private Months() {}

  static String of(@Nullable String pubTime) {
    if (pubTime == null || !YEAR_MONTH.matcher(pubTime).lookingAt()) {
      return "unknown";
    }
    return pubTime.substring(0, 7);
  }
}
