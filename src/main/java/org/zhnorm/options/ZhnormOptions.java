package org.zhnorm.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Every flag of {@code zhnorm run}. Beam's own flags ({@code --runner} and the runner's) pass through. */
public interface ZhnormOptions extends PipelineOptions {

  @Description("The crawl dump: a folder (read recursively), a file, or a glob. Any Beam filesystem URI.")
  @Default.String("input")
  String getInput();

  void setInput(String value);

  @Description("Folder for the tables, dead letters and report. Must be empty unless --overwrite.")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Replace the tables of a previous run in --output.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("Script conversion: auto (detect per document), t2s, tw2s, tw2sp, hk2s or none.")
  @Default.String("auto")
  String getConversion();

  void setConversion(String value);

  @Description("Largest document (decompressed bytes); a larger one is dead-lettered as too-large.")
  @Default.Long(64L * 1024 * 1024)
  long getMaxDocumentBytes();

  void setMaxDocumentBytes(long value);

  @Description("Turn off the periodic progress line.")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);
}
