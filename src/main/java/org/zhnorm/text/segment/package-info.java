/**
 * Word segmentation with HanLP portable: words, part-of-speech tags and entity types. No Beam imports.
 *
 * <p>{@link org.zhnorm.text.segment.WordSegmenter} runs two HanLP Viterbi passes and three rules, in
 * this order: {@code entity-boundary} (names from the recognizer pass only on word boundaries of the
 * plain pass), {@code admin-suffix} (华州 区 -> 华州区/ns), {@code number-unit} (309名, 1.08亿元,
 * 34.1%). The domain dictionary resource {@code org/zhnorm/segment/domain-terms.txt} is installed once
 * per JVM. Measurements and the choice: docs/SEGMENTATION.md.
 */
package org.zhnorm.text.segment;
