package org.zhnorm.io.html;

import org.jsoup.nodes.Element;

/**
 * A line of the linearized page ({@link LineVisitor}).
 *
 * @param text the line's text, spaces collapsed; a data table's row has its cells joined by tabs
 * @param owner the innermost block element the line lies in
 * @param chars non-space characters
 * @param letters letters (Han and alphabetic) of the line; link density is taken over letters, so
 *     a date or bullet after a linked headline does not dilute it
 * @param linkLetters letters inside {@code <a href>}
 * @param punct Chinese sentence punctuation outside links
 * @param chrome inside an element whose nearest class/id hint is chrome
 * @param tabular inside a data table ({@link DataTables}): a row (cells joined by tabs) or caption
 */
record Line(
    String text,
    Element owner,
    int chars,
    int letters,
    int linkLetters,
    int punct,
    boolean chrome,
    boolean tabular) {
  double linkDensity() {
    return letters == 0 ? 0 : (double) linkLetters / letters;
  }

  /** The same line marked chrome (and, when {@code keepTabular} is false, no longer a table row). */
  Line asChrome(boolean keepTabular) {
    return new Line(text, owner, chars, letters, linkLetters, punct, true, keepTabular && tabular);
  }

  /**
   * How much the line speaks for being article text: positive for prose (length, punctuation, few
   * links), negative for link lists, short unpunctuated fragments and chrome; a data table's row
   * without punctuation weighs nothing (it neither ends nor carries the run around it).
   */
  double weight() {
    int n = chars;
    if (chrome) {
      return -n;
    }
    if (tabular) {
      return punct == 0 ? 0 : n + 5.0 * punct;
    }
    double ld = linkDensity();
    if (ld > 0.5) {
      return -n;
    }
    if (punct == 0) {
      return n < 20 ? -0.25 * n : 0.3 * n * (1 - ld);
    }
    return (n + 5.0 * punct) * (1 - ld);
  }

  /**
   * Whether the line is emitted when it lies in the article's span: not chrome, and not a link list
   * (most letters linked and little punctuation). Links in a data table's cells name the entities
   * it lists; the table as a whole is not a link list ({@link DataTables}), so its rows stay.
   */
  boolean kept() {
    if (chrome) {
      return false;
    }
    return tabular || linkDensity() < 0.6 || punct >= 2;
  }
}
