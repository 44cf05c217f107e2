package org.zhnorm.io.dump;

import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

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

  /** Compressions read: their streams are undone transparently. */
  static final java.util.Set<String> READ = java.util.Set.of("gzip", "bzip2", "zstd", "xz");

  /**
   * The compression or archive found by magic bytes: none, gzip, bzip2, zstd, xz (read), or lzma, lz4,
   * zip, 7z, rar (not read: the file is a {@code unsupported-compression} dead letter).
   */
  static String sniffCompression(BufferedInputStream in) throws IOException {
    in.mark(8);
    byte[] head = in.readNBytes(6);
    in.reset();
    if (head.length >= 6 && (head[0] & 0xFF) == 0xFD && head[1] == '7' && head[2] == 'z' && head[3] == 'X'
        && head[4] == 'Z' && head[5] == 0) {
      return "xz";
    }
    if (head.length >= 6 && head[0] == '7' && head[1] == 'z' && (head[2] & 0xFF) == 0xBC && (head[3] & 0xFF) == 0xAF
        && head[4] == 0x27 && head[5] == 0x1C) {
      return "7z";
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return "zip";
    }
    if (head.length >= 4 && head[0] == 'R' && head[1] == 'a' && head[2] == 'r' && head[3] == '!') {
      return "rar";
    }
    if (head.length >= 4 && head[0] == 0x04 && head[1] == 0x22 && head[2] == 0x4D && head[3] == 0x18) {
      return "lz4";
    }
    if (head.length >= 3 && head[0] == 0x5D && head[1] == 0 && head[2] == 0) {
      return "lzma";
    }
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
        case "xz" -> new SmallReads(new XZCompressorInputStream(in, true));
        default -> in;
      };
    } catch (RuntimeException e) {
      throw new CorruptException(e);
    }
  }
}
