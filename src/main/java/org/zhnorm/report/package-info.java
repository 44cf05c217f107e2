/** The run report: counters gathered by the pipeline, written as report.json. */
package org.zhnorm.report;
