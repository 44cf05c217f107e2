/** Schema'd records that flow between the pipeline's stages and the rows of the output tables. */
package org.zhnorm.model;
