/** Sections and quantitative claims: heading detection, number parsing, units, qualifiers, years and places. No Beam imports. */
package org.zhnorm.text.extract;
