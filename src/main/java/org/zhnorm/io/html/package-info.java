/** HTML to block-structured text: main-content extraction, title and date candidates (jsoup). No Beam imports. */
package org.zhnorm.io.html;
