package dev.storagelab.docker.mounts;

import java.util.Locale;
import java.util.Optional;

/** Bind propagation: whether mounts made under the bind are seen on the other side. */
public enum Propagation {
  /** No propagation, for this mount only. */
  PRIVATE,
  /** No propagation, recursively: Docker's default for binds. */
  RPRIVATE,
  /** Both ways. */
  SHARED,
  /** Both ways, recursively. */
  RSHARED,
  /** From the host into the container. */
  SLAVE,
  /** From the host into the container, recursively. */
  RSLAVE;

  /** Docker's word for it, e.g. {@code rprivate}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The propagation a word names, if it names one (exactly, in lower case, as Docker wants). */
  public static Optional<Propagation> of(String word) {
    for (Propagation p : values()) {
      if (p.word().equals(word)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
