package dev.storagelab.docker.layers.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** A stream that tells how many bytes have passed, every few megabytes, for a progress line. */
final class CountingInputStream extends FilterInputStream {

  private static final long STEP = 16L << 20;

  private final LongConsumer progress;
  private long count;
  private long next = STEP;

  CountingInputStream(InputStream in, LongConsumer progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      passed(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int read = super.read(buffer, offset, length);
    if (read > 0) {
      passed(read);
    }
    return read;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    passed(skipped);
    return skipped;
  }

  private void passed(long bytes) {
    count += bytes;
    if (count >= next) {
      next = count + STEP;
      progress.accept(count);
    }
  }
}
