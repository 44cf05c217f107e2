package org.zhnorm.text.extract;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One section of a document: {@code text.substring(start, end)} of the document text.
 *
 * @param ordinal 0-based position in the document
 * @param level heading level (0 for the lead/body without heading, 1 for 一、, 2 for （一）, 3 for 1.)
 * @param kind body, heading, lead, enumeration, question or answer
 * @param speaker the speaker of an interview turn, else null
 * @param heading the heading or lead phrase, else null
 */
public record SectionSpan(
    int ordinal,
    int level,
    String kind,
    @Nullable String speaker,
    @Nullable String heading,
    int start,
    int end) {}
