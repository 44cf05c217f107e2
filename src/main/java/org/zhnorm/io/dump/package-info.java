/** Plain-Java parsing of crawl dump files (text, HTML, JSON lines, WARC/WET, compressed): charset resolution, damage repair and one {@code ParsedRecord} per document. No Beam imports. */
package org.zhnorm.io.dump;
