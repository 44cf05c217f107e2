/**
 * Plain-Java libraries, no Beam: {@code clean} (rules), {@code corpus} (boilerplate keys, MinHash),
 * {@code convert} (OpenCC), {@code segment} (HanLP), {@code extract} (sections, claims), and the
 * per-document time {@link org.zhnorm.text.Budget} they check between bounded windows of work.
 */
package org.zhnorm.text;
