package org.zhnorm.transforms;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/** A {@code long[]} as its length (VarInt) and its values, eight bytes each: for batches of hash keys. */
final class LongArrayCoder extends AtomicCoder<long[]> {
  private static final LongArrayCoder INSTANCE = new LongArrayCoder();

  static LongArrayCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(long[] value, OutputStream out) throws IOException {
    VarInt.encode(value.length, out);
    DataOutputStream data = new DataOutputStream(out);
    for (long v : value) {
      data.writeLong(v);
    }
    data.flush();
  }

  @Override
  public long[] decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    if (length < 0) {
      throw new CoderException("negative array length " + length);
    }
    DataInputStream data = new DataInputStream(in);
    long[] value = new long[length];
    for (int i = 0; i < length; i++) {
      value[i] = data.readLong();
    }
    return value;
  }

  @Override
  public void verifyDeterministic() {}

  @Override
  public boolean consistentWithEquals() {
    return false;
  }
}
