package dev.ftpfixture.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.SplittableRandom;

/** The bytes the benchmarks move, and the checks that every one of them arrived. */
final class Payload {

  static final int PIECE = 64 * 1024;

  private Payload() {}

  /** Random bytes (fixed seed), so that no layer can compress or skip them. */
  static byte[] random(int size, long seed) {
    byte[] bytes = new byte[size];
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < size; i += 8) {
      long v = random.nextLong();
      for (int j = 0; j < 8 && i + j < size; j++) {
        bytes[i + j] = (byte) (v >>> (8 * j));
      }
    }
    return bytes;
  }

  static void writeInPieces(byte[] content, OutputStream out) throws IOException {
    for (int i = 0; i < content.length; i += PIECE) {
      out.write(content, i, Math.min(PIECE, content.length - i));
    }
    out.flush();
  }

  /** Reads {@code in} to its end and fails unless it held exactly {@code expected}. */
  static void check(InputStream in, byte[] expected) throws IOException {
    Checking sink = new Checking(expected);
    byte[] buffer = new byte[PIECE];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      sink.write(buffer, 0, n);
    }
    sink.close();
  }

  static void requireEqual(byte[] actual, byte[] expected, String what) {
    if (!Arrays.equals(actual, expected)) {
      throw new IllegalStateException(what + ": " + (actual == null ? "nothing" : actual.length
          + " bytes") + " arrived where " + expected.length + " were sent, or they differ at "
          + Arrays.mismatch(actual == null ? new byte[0] : actual, expected));
    }
  }

  /** An output stream that compares what is written to it with the expected bytes, as they come. */
  static final class Checking extends OutputStream {
    private final byte[] expected;
    private int at;

    Checking(byte[] expected) {
      this.expected = expected;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (at + len > expected.length
          || Arrays.mismatch(b, off, off + len, expected, at, at + len) >= 0) {
        throw new IOException("the bytes received differ from those sent, at or after " + at);
      }
      at += len;
    }

    @Override
    public void close() throws IOException {
      if (at != expected.length) {
        throw new IOException(at + " bytes received where " + expected.length + " were sent");
      }
    }
  }
}
