package dev.storagelab.docker.mounts;

import java.util.Locale;
import java.util.Optional;

/**
 * The consistency a mount asks for. It only matters to Docker Desktop on macOS; Linux engines
 * accept and ignore it.
 */
public enum Consistency {
  /** Host and container always agree. */
  CONSISTENT,
  /** The host's view is authoritative; the container may lag. */
  CACHED,
  /** The container's view is authoritative; the host may lag. */
  DELEGATED;

  /** Docker's word for it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The consistency a word names. {@code --mount} also takes {@code default}, which asks for
   * nothing.
   */
  public static Optional<Consistency> of(String word) {
    for (Consistency c : values()) {
      if (c.word().equals(word)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
