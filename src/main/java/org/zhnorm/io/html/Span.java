package org.zhnorm.io.html;

/** A run of consecutive lines, {@code first} to {@code last} inclusive; {@link #NONE} when no line qualified. */
record Span(int first, int last) {
  static final Span NONE = new Span(-1, -1);

  boolean found() {
    return first >= 0;
  }
}
