package dev.storagelab.docker.layers;

import java.util.Locale;

/** A byte count as people read it, in the binary units {@code docker} prints. */
public final class ByteSize {

  private ByteSize() {}

  /** {@code 512 B}, {@code 1.5 kB}, {@code 2.0 MB}, {@code 1.1 GB}. */
  public static String of(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0);
    }
    if (bytes < 1024L * 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f GB", bytes / (1024.0 * 1024 * 1024));
  }
}
