package dev.storagelab.docker.mounts;

/**
 * One mount of a container, however Docker was told about it: a volume (named or anonymous), a bind
 * mount of a host path, or a tmpfs. Every reader of mounts produces these, and the Kubernetes side
 * consumes them.
 */
public sealed interface Mount permits VolumeMount, BindMount, TmpfsMount {

  /** The kind of mount, as Docker names it. */
  enum Type {
    /** A volume managed by a volume driver. */
    VOLUME,
    /** A host path mounted into the container. */
    BIND,
    /** A memory-backed filesystem. */
    TMPFS;

    /** Docker's word for it: {@code volume}, {@code bind}, {@code tmpfs}. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The kind of mount. */
  Type type();

  /** The absolute path inside the container. */
  String target();

  /** Whether the container sees it read-only. */
  boolean readOnly();

  /**
   * How the mount is spelled with {@code --mount}: every field {@code key=value}, in an order
   * Docker accepts.
   */
  String toMountFlag();
}
