/** The benchmark (bench/run.sh): a synthetic dump built from real sentences, zhnorm end to end against the Python alternative, the library bound. */
package org.zhnorm.bench;
