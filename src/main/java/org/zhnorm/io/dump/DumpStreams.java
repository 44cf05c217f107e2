package org.zhnorm.io.dump;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Stream plumbing for {@link DumpParser}: source error tracking, decompression, counting. */
final class DumpStreams {
  private DumpStreams() {}

  /** Wraps the source stream and remembers whether an I/O error came from the source itself. */
  static final class SourceGuard extends FilterInputStream {
    boolean failed;
    long count;

    SourceGuard(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        int b = super.read();
        if (b >= 0) {
          count++;
        }
        return b;
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        int n = super.read(b, off, len);
        if (n > 0) {
          count += n;
        }
        return n;
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
      int r = read(buf, 0, buf.length);
      return Math.max(0, r);
    }
  }

  /** Counts bytes read from the (decompressed) stream. */
  static final class Counting extends FilterInputStream {
    long count;
    private long mark;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = wrap(() -> super.read());
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = wrap(() -> super.read(b, off, len));
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buf = new byte[(int) Math.min(8192, Math.max(1, n))];
      int r = read(buf, 0, (int) Math.min(buf.length, n));
      return Math.max(0, r);
    }

    @Override
    public synchronized void mark(int limit) {
      super.mark(limit);
      mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
      super.reset();
      count = mark;
    }

    private interface Read {
      int run() throws IOException;
    }

    /** Decompressors throw unchecked exceptions on corrupt input; turn them into IOExceptions. */
    private static int wrap(Read r) throws IOException {
      try {
        return r.run();
      } catch (RuntimeException e) {
        throw new CorruptException(e);
      }
    }
  }

  /**
   * Caps each read at 1 KB: a decompressor that meets the end of a truncated stream throws and
   * loses what it inflated in that call, so small calls lose at most 1 KB before the break.
   */
  static final class SmallReads extends FilterInputStream {
    SmallReads(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1024));
    }
  }

  /** Corrupt compressed data reported by a decompressor as an unchecked exception. */
  static final class CorruptException extends IOException {
    CorruptException(Throwable cause) {
      super(String.valueOf(cause.getMessage()), cause);
    }
  }

  /** The compression found by magic bytes: none, gzip, bzip2 or zstd. */
  static String sniffCompression(BufferedInputStream in) throws IOException {
    in.mark(8);
    byte[] head = in.readNBytes(4);
    in.reset();
    if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
      return "gzip";
    }
    if (head.length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
      return "bzip2";
    }
    if (head.length >= 4 && (head[0] & 0xFF) == 0x28 && (head[1] & 0xFF) == 0xB5
        && (head[2] & 0xFF) == 0x2F && (head[3] & 0xFF) == 0xFD) {
      return "zstd";
    }
    return "none";
  }

  static InputStream decompress(String compression, InputStream in) throws IOException {
    try {
      return switch (compression) {
        case "gzip" -> new SmallReads(new GzipCompressorInputStream(in, true));
        case "bzip2" -> new SmallReads(new BZip2CompressorInputStream(in, true));
        case "zstd" -> new SmallReads(new ZstdInputStream(in));
        default -> in;
      };
    } catch (RuntimeException e) {
      throw new CorruptException(e);
    }
  }
}
