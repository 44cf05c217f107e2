/** Reading the crawl dump and writing the tables: the Beam transforms at the two ends of the pipeline. */
package org.zhnorm.io;
