/** zhnorm: crawl dumps of Chinese web articles to clean, partitioned Parquet tables. Entry points: {@link org.zhnorm.Main} (command line) and {@link org.zhnorm.ZhnormPipeline} (the Beam pipeline). */
package org.zhnorm;
