package dev.storagelab.docker.layers.archive;

/**
 * How many tar entries one image may hold before reading stops. Every entry is kept (its path,
 * size, mode and hash) to stack the layers, so the budget bounds memory: a million entries is about
 * 150 MB of heap, more than any real image holds (a full Debian base has about 10,000).
 */
final class EntryBudget {

  static final int DEFAULT_MAX = 1_000_000;

  private final int max;
  private int used;

  EntryBudget(int max) {
    this.max = max;
  }

  /** Counts one more entry, refusing the archive when there are too many. */
  void spend(String source) {
    if (++used > max) {
      throw new BadArchiveException(
          source,
          "it holds more than "
              + max
              + " entries, more than storage-lab reads from one image (a hostile or broken"
              + " archive?)");
    }
  }
}
