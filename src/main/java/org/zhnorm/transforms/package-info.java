/** Composite PTransforms that only wire: each stage of the pipeline applies a plain-Java library from {@code org.zhnorm.text} in a DoFn and routes failures to the dead-letter output. */
package org.zhnorm.transforms;
