/** Pipeline options: one interface, every flag with a description, a default and validation. */
package org.zhnorm.options;
