package org.zhnorm.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.IndexedRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroSchemaConverter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes table rows (Avro records of a table schema, read by position) straight into Parquet: the
 * same Parquet schema and footer as parquet-avro's writer with standard 3-level lists (the schema is
 * converted by its AvroSchemaConverter, and the Avro schema is kept in the footer under
 * {@code parquet.avro.schema}), but each column's writer is chosen once per file from the schema
 * instead of per value, and a string is encoded once, with {@link String#getBytes}, into a
 * {@link Binary} that Parquet never copies again. Handles the types the table schemas use: string,
 * int, long, double, boolean, bytes (decimals), nullable unions of one of those, arrays and maps of
 * them, and records in arrays.
 */
final class RowWriteSupport extends WriteSupport<GenericRecord> {
  /** The footer key parquet-avro reads the Avro schema from. */
  static final String AVRO_SCHEMA = "parquet.avro.schema";

  private final Schema schema;
  private final MessageType parquetSchema;
  private final FieldWriter[] fields;
  private RecordConsumer consumer;

  RowWriteSupport(Schema schema) {
    this.schema = schema;
    Configuration conf = new Configuration(false);
    conf.setBoolean("parquet.avro.write-old-list-structure", false);
    this.parquetSchema = new AvroSchemaConverter(conf).convert(schema);
    this.fields = fields(schema, parquetSchema);
  }

  /** The Parquet schema the rows are written with. */
  MessageType parquetSchema() {
    return parquetSchema;
  }

  @Override
  public WriteContext init(Configuration configuration) {
    Map<String, String> meta = new HashMap<>();
    meta.put(AVRO_SCHEMA, schema.toString());
    return new WriteContext(parquetSchema, meta);
  }

  @Override
  public void prepareForWrite(RecordConsumer recordConsumer) {
    this.consumer = recordConsumer;
  }

  @Override
  public void write(GenericRecord row) {
    consumer.startMessage();
    writeFields(consumer, fields, row);
    consumer.endMessage();
  }

  @Override
  public String getName() {
    return "zhnorm-rows";
  }

  /** Writes one value of a column (never null) into the consumer, inside its field. */
  private interface ValueWriter {
    void write(RecordConsumer c, Object value);
  }

  /** A field of a record: its name and position (the same in Avro and Parquet), nullability and value writer. */
  private record FieldWriter(String name, int index, boolean optional, ValueWriter value) {}

  private static void writeFields(RecordConsumer c, FieldWriter[] fields, IndexedRecord row) {
    for (FieldWriter f : fields) {
      Object v = row.get(f.index);
      if (v == null) {
        if (!f.optional) {
          throw new IllegalArgumentException("null value for the required column " + f.name);
        }
        continue;
      }
      c.startField(f.name, f.index);
      f.value.write(c, v);
      c.endField(f.name, f.index);
    }
  }

  private static FieldWriter[] fields(Schema record, GroupType group) {
    List<Schema.Field> avro = record.getFields();
    FieldWriter[] out = new FieldWriter[avro.size()];
    for (int i = 0; i < out.length; i++) {
      Schema.Field f = avro.get(i);
      Type t = group.getType(i);
      if (!t.getName().equals(f.name())) {
        throw new IllegalStateException("column " + i + " is " + t.getName() + " in Parquet but " + f.name() + " in Avro");
      }
      out[i] = new FieldWriter(f.name(), i, t.isRepetition(Type.Repetition.OPTIONAL), writer(nonNull(f.schema()), t));
    }
    return out;
  }

  /** The branch of a nullable union that is not null (the table schemas use only {@code ["null", T]}). */
  private static Schema nonNull(Schema s) {
    if (s.getType() != Schema.Type.UNION) {
      return s;
    }
    List<Schema> branches = s.getTypes().stream().filter(b -> b.getType() != Schema.Type.NULL).toList();
    if (branches.size() != 1) {
      throw new IllegalArgumentException("only unions of null and one type are supported: " + s);
    }
    return branches.get(0);
  }

  private static ValueWriter writer(Schema s, Type t) {
    return switch (s.getType()) {
      case STRING -> (c, v) -> c.addBinary(utf8(v));
      case INT -> (c, v) -> c.addInteger((Integer) v);
      case LONG -> (c, v) -> c.addLong((Long) v);
      case DOUBLE -> (c, v) -> c.addDouble((Double) v);
      case BOOLEAN -> (c, v) -> c.addBoolean((Boolean) v);
      case BYTES -> (c, v) -> c.addBinary(Binary.fromConstantByteBuffer(((ByteBuffer) v).duplicate()));
      case ARRAY -> list(s, t.asGroupType());
      case MAP -> map(s, t.asGroupType());
      case RECORD -> record(s, t.asGroupType());
      default -> throw new IllegalArgumentException("column type not supported: " + s);
    };
  }

  private static Binary utf8(Object v) {
    return Binary.fromConstantByteArray(v.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** {@code group (LIST) { repeated group list { element } }}: an empty list writes the outer group only. */
  private static ValueWriter list(Schema s, GroupType outer) {
    GroupType repeated = outer.getType(0).asGroupType();
    String repeatedName = repeated.getName();
    Type element = repeated.getType(0);
    String elementName = element.getName();
    boolean nullable = element.isRepetition(Type.Repetition.OPTIONAL);
    ValueWriter values = writer(nonNull(s.getElementType()), element);
    return (c, v) -> {
      List<?> items = (List<?>) v;
      c.startGroup();
      if (!items.isEmpty()) {
        c.startField(repeatedName, 0);
        for (Object item : items) {
          c.startGroup();
          if (item != null) {
            c.startField(elementName, 0);
            values.write(c, item);
            c.endField(elementName, 0);
          } else if (!nullable) {
            throw new IllegalArgumentException("null element in the list column " + outer.getName());
          }
          c.endGroup();
        }
        c.endField(repeatedName, 0);
      }
      c.endGroup();
    };
  }

  /** {@code group (MAP) { repeated group key_value { key; value } }}: an empty map writes the outer group only. */
  private static ValueWriter map(Schema s, GroupType outer) {
    GroupType repeated = outer.getType(0).asGroupType();
    String repeatedName = repeated.getName();
    String keyName = repeated.getType(0).getName();
    Type valueType = repeated.getType(1);
    String valueName = valueType.getName();
    ValueWriter values = writer(nonNull(s.getValueType()), valueType);
    return (c, v) -> {
      Map<?, ?> entries = (Map<?, ?>) v;
      c.startGroup();
      if (!entries.isEmpty()) {
        c.startField(repeatedName, 0);
        for (Map.Entry<?, ?> e : entries.entrySet()) {
          c.startGroup();
          c.startField(keyName, 0);
          c.addBinary(utf8(e.getKey()));
          c.endField(keyName, 0);
          if (e.getValue() != null) {
            c.startField(valueName, 1);
            values.write(c, e.getValue());
            c.endField(valueName, 1);
          } else if (!valueType.isRepetition(Type.Repetition.OPTIONAL)) {
            throw new IllegalArgumentException("null value in the map column " + outer.getName());
          }
          c.endGroup();
        }
        c.endField(repeatedName, 0);
      }
      c.endGroup();
    };
  }

  private static ValueWriter record(Schema s, GroupType group) {
    FieldWriter[] nested = fields(s, group);
    return (c, v) -> {
      c.startGroup();
      writeFields(c, nested, (IndexedRecord) v);
      c.endGroup();
    };
  }
}
