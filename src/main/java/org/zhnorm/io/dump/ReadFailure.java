package org.zhnorm.io.dump;

/**
 * A document or file that could not be read.
 *
 * @param offset byte offset or line number where the failure was found, -1 when unknown
 * @param reason a stable short reason (empty-file, binary-file, malformed-json, too-large, ...)
 * @param detail a human-readable explanation
 */
public record ReadFailure(long offset, String reason, String detail) {}
