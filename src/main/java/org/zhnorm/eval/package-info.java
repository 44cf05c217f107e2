/** Evaluation against gold sets: text overlap scores, date accuracy, claim precision and recall. No Beam imports. */
package org.zhnorm.eval;
