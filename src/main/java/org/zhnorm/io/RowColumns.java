package org.zhnorm.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Shreds table rows (Avro records of a table schema, read by position) into Parquet's column writers:
 * each value goes straight to its leaf column with its repetition and definition levels, computed
 * from the schema once per file. This is what parquet-java's record consumer does for a write support,
 * without its per-value bookkeeping (a start and end call per list element, a set of written fields
 * per group), which cost more than the encoding itself for the sections table's lists of words and tags.
 *
 * <p>The Parquet schema is the one parquet-avro writes (standard 3-level lists). Handles the types the
 * table schemas use: string, int, long, double, boolean, bytes (decimals), nullable unions of one of
 * those, arrays and maps of them, and records in arrays. A string is encoded once, with
 * {@link String#getBytes}, into a {@link Binary} that Parquet never copies again.
 */
final class RowColumns {
  private final Node[] fields;
  /** The leaf columns in schema order, and their writers in the open row group. */
  private final List<ColumnDescriptor> leaves;
  private final ColumnWriter[] writers;

  RowColumns(Schema schema, MessageType parquet) {
    this.leaves = parquet.getColumns();
    this.writers = new ColumnWriter[leaves.size()];
    int[] nextLeaf = {0};
    this.fields = fields(schema, parquet, 0, 0, nextLeaf);
    if (nextLeaf[0] != leaves.size()) {
      throw new IllegalStateException("the Avro schema reaches " + nextLeaf[0] + " of " + leaves.size() + " Parquet columns");
    }
  }

  /** Takes the column writers of a new row group. */
  void bind(ColumnWriteStore store) {
    for (int i = 0; i < writers.length; i++) {
      writers[i] = store.getColumnWriter(leaves.get(i));
    }
  }

  /** Writes one row's values into the bound column writers (the caller ends the record). */
  void write(IndexedRecord row) {
    writeFields(fields, row, 0);
  }

  private void writeFields(Node[] nodes, IndexedRecord record, int r) {
    for (Node n : nodes) {
      n.write(record.get(n.index), r);
    }
  }

  /**
   * A field or list element: writes its value (or its absence) into every leaf column under it.
   * {@code d} is the definition level when the value is there; {@code firstLeaf..endLeaf} the leaf
   * columns under it.
   */
  private abstract class Node {
    final String name;
    final int index;
    final boolean optional;
    final int d;
    final int firstLeaf;
    int endLeaf;

    Node(String name, int index, boolean optional, int d, int firstLeaf) {
      this.name = name;
      this.index = index;
      this.optional = optional;
      this.d = d;
      this.firstLeaf = firstLeaf;
    }

    void write(Object value, int r) {
      if (value == null) {
        if (!optional) {
          throw new IllegalArgumentException("null value for the required column " + name);
        }
        writeNulls(r, d - 1);
      } else {
        writeValue(value, r);
      }
    }

    /** Every leaf under this node gets a null defined up to level {@code upTo}. */
    void writeNulls(int r, int upTo) {
      for (int i = firstLeaf; i < endLeaf; i++) {
        writers[i].writeNull(r, upTo);
      }
    }

    abstract void writeValue(Object value, int r);
  }

  /**
   * The nodes of a record's fields. {@code d} and {@code rep}: the definition and repetition levels of
   * the record itself; {@code nextLeaf}: the next leaf column's number, advanced as leaves are made.
   */
  private Node[] fields(Schema record, GroupType group, int d, int rep, int[] nextLeaf) {
    List<Schema.Field> avro = record.getFields();
    Node[] out = new Node[avro.size()];
    for (int i = 0; i < out.length; i++) {
      Schema.Field f = avro.get(i);
      Type t = group.getType(i);
      if (!t.getName().equals(f.name())) {
        throw new IllegalStateException("column " + i + " is " + t.getName() + " in Parquet but " + f.name() + " in Avro");
      }
      out[i] = node(f.name(), i, nonNull(f.schema()), t, d, rep, nextLeaf);
    }
    return out;
  }

  private Node node(String name, int index, Schema s, Type t, int parentD, int rep, int[] nextLeaf) {
    boolean optional = t.isRepetition(Type.Repetition.OPTIONAL);
    int d = parentD + (optional ? 1 : 0);
    int first = nextLeaf[0];
    Node n = switch (s.getType()) {
      case ARRAY -> {
        GroupType repeated = t.asGroupType().getType(0).asGroupType();
        Node element = node(repeated.getType(0).getName(), 0, nonNull(s.getElementType()), repeated.getType(0), d + 1, rep + 1, nextLeaf);
        yield new Repeated(name, index, optional, d, first, rep + 1, new Node[] {element});
      }
      case MAP -> {
        GroupType repeated = t.asGroupType().getType(0).asGroupType();
        Node key = node(repeated.getType(0).getName(), 0, Schema.create(Schema.Type.STRING), repeated.getType(0), d + 1, rep + 1, nextLeaf);
        Node value = node(repeated.getType(1).getName(), 1, nonNull(s.getValueType()), repeated.getType(1), d + 1, rep + 1, nextLeaf);
        yield new Repeated(name, index, optional, d, first, rep + 1, new Node[] {key, value});
      }
      case RECORD -> new Group(name, index, optional, d, first, fields(s, t.asGroupType(), d, rep, nextLeaf));
      default -> new Leaf(name, index, optional, d, nextLeaf[0]++, s.getType());
    };
    n.endLeaf = nextLeaf[0];
    return n;
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

  /** A primitive column. */
  private final class Leaf extends Node {
    private final Schema.Type type;

    Leaf(String name, int index, boolean optional, int d, int leaf, Schema.Type type) {
      super(name, index, optional, d, leaf);
      switch (type) {
        case STRING, INT, LONG, DOUBLE, BOOLEAN, BYTES -> this.type = type;
        default -> throw new IllegalArgumentException("column type not supported: " + type + " (" + name + ")");
      }
    }

    @Override
    void writeValue(Object v, int r) {
      ColumnWriter w = writers[firstLeaf];
      switch (type) {
        case STRING -> w.write(Binary.fromConstantByteArray(v.toString().getBytes(StandardCharsets.UTF_8)), r, d);
        case INT -> w.write((Integer) v, r, d);
        case LONG -> w.write((Long) v, r, d);
        case DOUBLE -> w.write((Double) v, r, d);
        case BOOLEAN -> w.write((Boolean) v, r, d);
        default -> w.write(Binary.fromConstantByteBuffer(((ByteBuffer) v).duplicate()), r, d);
      }
    }
  }

  /** A record (an element of a list of records). */
  private final class Group extends Node {
    private final Node[] fields;

    Group(String name, int index, boolean optional, int d, int firstLeaf, Node[] fields) {
      super(name, index, optional, d, firstLeaf);
      this.fields = fields;
    }

    @Override
    void writeValue(Object v, int r) {
      writeFields(fields, (IndexedRecord) v, r);
    }
  }

  /**
   * A list ({@code group (LIST) { repeated group list { element } }}) or a map ({@code group (MAP) {
   * repeated group key_value { key; value } }}): an empty one is a null defined up to the outer group;
   * the first item repeats at the level the list itself does, the others at the list's own level.
   */
  private final class Repeated extends Node {
    private final int rep;
    private final Node[] parts;

    Repeated(String name, int index, boolean optional, int d, int firstLeaf, int rep, Node[] parts) {
      super(name, index, optional, d, firstLeaf);
      this.rep = rep;
      this.parts = parts;
    }

    @Override
    void writeValue(Object v, int r) {
      if (v instanceof List<?> items) {
        if (items.isEmpty()) {
          writeNulls(r, d);
          return;
        }
        Node element = parts[0];
        int at = r;
        for (Object item : items) {
          if (item == null && !element.optional) {
            throw new IllegalArgumentException("null element in the list column " + name);
          }
          element.write(item, at);
          at = rep;
        }
      } else {
        Map<?, ?> entries = (Map<?, ?>) v;
        if (entries.isEmpty()) {
          writeNulls(r, d);
          return;
        }
        int at = r;
        for (Map.Entry<?, ?> e : entries.entrySet()) {
          parts[0].write(e.getKey(), at);
          if (e.getValue() == null && !parts[1].optional) {
            throw new IllegalArgumentException("null value in the map column " + name);
          }
          parts[1].write(e.getValue(), at);
          at = rep;
        }
      }
    }
  }
}
