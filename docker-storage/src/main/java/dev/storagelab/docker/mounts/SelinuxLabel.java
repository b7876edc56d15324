package dev.storagelab.docker.mounts;

import java.util.Optional;

/** The SELinux relabelling a mount asks for. */
public enum SelinuxLabel {
  /** {@code z}: relabel so that several containers may share the content. */
  SHARED("z"),
  /** {@code Z}: relabel so that only this container may use the content. */
  PRIVATE("Z");

  private final String flag;

  SelinuxLabel(String flag) {
    this.flag = flag;
  }

  /** The {@code -v} mode flag: {@code z} or {@code Z}. */
  public String flag() {
    return flag;
  }

  /** The label a mode flag names, if it names one. */
  public static Optional<SelinuxLabel> of(String flag) {
    for (SelinuxLabel label : values()) {
      if (label.flag.equals(flag)) {
        return Optional.of(label);
      }
    }
    return Optional.empty();
  }
}
