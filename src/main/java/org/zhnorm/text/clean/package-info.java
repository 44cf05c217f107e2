/** Plain-Java cleaning rules with stable ids, composed into an ordered chain, with metadata extraction and traces. No Beam imports. */
package org.zhnorm.text.clean;
