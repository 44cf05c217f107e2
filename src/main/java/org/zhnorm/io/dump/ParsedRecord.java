package org.zhnorm.io.dump;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One document read from a dump file, decoded and repaired.
 *
 * @param offset where the document starts in its file: byte offset, or line number for JSON lines
 *     (0 for a file that holds one document)
 * @param format text, html, jsonl, warc or wet
 * @param url the page URL when the dump records one
 * @param title a title candidate (HTML title, envelope title, JSON title)
 * @param date a date candidate (HTML meta, WARC date, JSON date)
 * @param text block-structured text: one paragraph, heading or widget per line
 * @param charset the charset the bytes were decoded with
 * @param charsetReason why that charset (bom, declared, detected, default-utf8, ...)
 * @param repairs repair rule id to number of repairs made
 * @param damageScore share of characters that look damaged (0 clean, 1 unreadable)
 * @param flags notes about the document (for example {@code mojibake})
 */
public record ParsedRecord(
    long offset,
    String format,
    @Nullable String url,
    @Nullable String title,
    @Nullable String date,
    String text,
    String charset,
    String charsetReason,
    Map<String, Long> repairs,
    double damageScore,
    List<String> flags) {}
