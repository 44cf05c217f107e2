package org.zhnorm.io.dump;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * One file being read: the source guard (which tells a failing source from bad content), the counting
 * decompressed stream and its compression, and the bounded line reading the JSON and WARC readers share.
 */
final class DumpInput {
  /** Past the document limit, a decompression ratio above this stops reading the file. */
  static final long BOMB_RATIO = 100;

  static final int LINE_LF = 0;

  static final int LINE_EOF = 1;

  static final int LINE_TOO_LONG = 2;

    final DumpStreams.SourceGuard guard;
    final DumpStreams.Counting in;
    final String compression;

    DumpInput(DumpStreams.SourceGuard guard, DumpStreams.Counting in, String compression) {
      this.guard = guard;
      this.in = in;
      this.compression = compression;
    }

    boolean compressed() {
      return !compression.equals("none");
    }

    boolean bomb(long maxDocumentBytes) {
      return compressed() && in.count > maxDocumentBytes && in.count > BOMB_RATIO * Math.max(1, guard.count);
    }

  /** Reads up to LF (dropped, with a CR before it) into {@code out}, at most {@code max} bytes. */
  static int readLine(DumpInput input, ByteArrayOutputStream out, long max) throws IOException {
    DumpStreams.Counting in = input.in;
    while (true) {
      int b = in.read();
      if (b < 0) {
        return LINE_EOF;
      }
      if (b == '\n') {
        byte[] bytes = out.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
          out.reset();
          out.write(bytes, 0, bytes.length - 1);
        }
        return LINE_LF;
      }
      if (out.size() >= max) {
        return LINE_TOO_LONG;
      }
      out.write(b);
    }
  }

  /** Skips to the end of the line; true when reading stopped because the input looks like a bomb. */
  static boolean skipLine(DumpInput input, long maxDocumentBytes) throws IOException {
    DumpStreams.Counting in = input.in;
    byte[] buf = new byte[1];
    while (true) {
      if (input.bomb(maxDocumentBytes)) {
        return true;
      }
      int n = in.read(buf, 0, 1);
      if (n < 0 || buf[0] == '\n') {
        return false;
      }
    }
  }

  static void skipBlankLines(DumpStreams.Counting in) throws IOException {
    while (true) {
      in.mark(1);
      int b = in.read();
      if (b != '\r' && b != '\n') {
        if (b >= 0) {
          in.reset();
        }
        return;
      }
    }
  }

  static long skipExactly(DumpInput input, long n) throws IOException {
    long done = 0;
    byte[] buf = new byte[8192];
    while (done < n) {
      int r = input.in.read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }
}
