/** The benchmark (bench/run.sh): a synthetic dump built from real pages, timed runs per runner, the library bound. */
package org.zhnorm.bench;
