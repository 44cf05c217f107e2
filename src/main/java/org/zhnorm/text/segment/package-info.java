/** Word segmentation with HanLP: words, part-of-speech tags and entity types. No Beam imports. */
package org.zhnorm.text.segment;
