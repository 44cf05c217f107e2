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

  @Description("Longest document text, in characters after decoding and HTML extraction (about 3 bytes of"
      + " UTF-8 each for Chinese): a longer one is dead-lettered as too-long with its size, before it enters"
      + " any shuffle. 1,000,000 characters is a book; a news article has a few thousand.")
  @Default.Long(1_000_000L)
  long getMaxDocumentChars();

  void setMaxDocumentChars(long value);

  @Description("Time budget of one document in each costly stage (cleaning, segmentation, sections, claims),"
      + " in seconds: a document still at work past it is dead-lettered as timeout and the run goes on.")
  @Default.Integer(60)
  int getDocumentTimeoutSeconds();

  void setDocumentTimeoutSeconds(int value);

  @Description("Largest share (0..1] of the documents read that may be dead-lettered before the run counts as"
      + " failed (exit code 3, reason counts printed). A run with documents read but none written always fails.")
  @Default.Double(1.0)
  double getMaxDeadLetteredShare();

  void setMaxDeadLetteredShare(double value);

  @Description("JSON lines: fields holding the page URL, first present wins (comma-separated).")
  @Default.String("url")
  String getJsonUrlFields();

  void setJsonUrlFields(String value);

  @Description("JSON lines: fields holding the title (comma-separated).")
  @Default.String("title")
  String getJsonTitleFields();

  void setJsonTitleFields(String value);

  @Description("JSON lines: fields holding the plain-text content (comma-separated).")
  @Default.String("content,text,raw_content")
  String getJsonContentFields();

  void setJsonContentFields(String value);

  @Description("JSON lines: fields holding HTML, used when no content field is present (comma-separated).")
  @Default.String("html")
  String getJsonHtmlFields();

  void setJsonHtmlFields(String value);

  @Description("JSON lines: fields holding the publish or crawl date (comma-separated).")
  @Default.String("date,date_download")
  String getJsonDateFields();

  void setJsonDateFields(String value);

  @Description("Site boilerplate: a line must stand in at least this many documents of one host.")
  @Default.Integer(3)
  int getBoilerplateMinDocuments();

  void setBoilerplateMinDocuments(int value);

  @Description("Site boilerplate: and in at least this share (0..1] of the host's documents.")
  @Default.Double(0.05)
  double getBoilerplateMinShare();

  void setBoilerplateMinShare(double value);

  @Description("Near-duplicates: documents whose estimated Jaccard similarity of 5-character shingles is"
      + " at least this (0..1] are merged, keeping the first by id.")
  @Default.Double(0.8)
  double getNearDuplicateThreshold();

  void setNearDuplicateThreshold(double value);

  @Description("Partition column of the Parquet tables: pub_month (folders pub_month=YYYY-MM), pub_year"
      + " (pub_year=YYYY) or none (no partition folders). Without pub_month partitions, pub_month is a column in the files.")
  @Default.String("pub_month")
  String getPartitionBy();

  void setPartitionBy(String value);

  @Description("Turn off the periodic progress line.")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);
}
