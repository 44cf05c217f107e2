package org.zhnorm.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * How the tables are partitioned Hive-style ({@code --partitionBy}): by {@code pub_month} (the
 * default, folders {@code pub_month=YYYY-MM}), by {@code pub_year} (folders {@code pub_year=YYYY}) or
 * not at all (files directly under the table's folder). A partition column lives in the folder names
 * only; when the tables are not partitioned by month, {@code pub_month} is written as a column of
 * the files instead, so every table keeps it either way.
 */
public enum Partitioning {
  PUB_MONTH("pub_month"),
  PUB_YEAR("pub_year"),
  NONE("none");

  /** The month of a record without a publish time, and so its year. */
  static final String UNKNOWN = "unknown";

  private final String flag;

  Partitioning(String flag) {
    this.flag = flag;
  }

  public String flag() {
    return flag;
  }

  /** The values {@code --partitionBy} takes. */
  public static List<String> flags() {
    return Arrays.stream(values()).map(Partitioning::flag).toList();
  }

  /**
   * The partitioning a {@code --partitionBy} value names.
   *
   * @throws IllegalArgumentException naming the flag, the value and the values allowed
   */
  public static Partitioning of(String flag) {
    for (Partitioning p : values()) {
      if (p.flag.equals(flag)) {
        return p;
      }
    }
    throw new IllegalArgumentException("--partitionBy=" + flag + " is not allowed; use one of "
        + String.join(", ", flags()) + " (none writes each table's files directly in its folder)");
  }

  /** The partition value of a record published in {@code month} ({@code YYYY-MM} or unknown); empty for NONE. */
  public String value(String month) {
    return switch (this) {
      case PUB_MONTH -> month;
      case PUB_YEAR -> month.length() >= 4 && !month.equals(UNKNOWN) ? month.substring(0, 4) : UNKNOWN;
      case NONE -> "";
    };
  }

  /** The folder, relative to the table's, of the files of one partition value: {@code pub_year=2023/}, or empty for NONE. */
  public String folder(String value) {
    return this == NONE ? "" : flag + "=" + value + "/";
  }

  /** Whether the files carry {@code pub_month} as a column (it is not in the folder names). */
  public boolean monthInFiles() {
    return this != PUB_MONTH;
  }

  /** A table's schema as written: with a {@code pub_month} string column at the end unless it is the partition column. */
  public Schema schema(Schema table) {
    if (!monthInFiles()) {
      return table;
    }
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field f : table.getFields()) {
      fields.add(new Schema.Field(f, f.schema()));
    }
    fields.add(new Schema.Field("pub_month", Schema.create(Schema.Type.STRING),
        "YYYY-MM of the publish time, unknown without one (a column when the tables are not partitioned by month)", null));
    Schema out = Schema.createRecord(table.getName(), table.getDoc(), table.getNamespace(), false, fields);
    table.getObjectProps().forEach(out::addProp);
    return out;
  }

  /** Sets the {@code pub_month} column (the last) of a row built on {@link #schema}, when the files carry it. */
  public void fill(GenericRecord row, String month) {
    if (monthInFiles()) {
      row.put(row.getSchema().getFields().size() - 1, month);
    }
  }
}
