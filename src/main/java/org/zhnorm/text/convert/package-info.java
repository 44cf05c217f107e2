/** Traditional to Simplified conversion on opencc4j fed with OpenCC's current dictionaries, and script detection. No Beam imports. */
package org.zhnorm.text.convert;
