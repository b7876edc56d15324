package dev.storagelab.docker.layers;

/**
 * One path of a container's writable layer, as {@code docker diff} lists it, with what the
 * container's filesystem says of it now.
 *
 * @param change added, modified or removed against the image
 * @param path the path in the container
 * @param kind what the path is now (for a removal: unknown, {@link EntryKind#OTHER})
 * @param size its size now, 0 for a removal
 * @param mode its permission bits now
 * @param linkTarget where it points, for a symbolic link
 */
public record WritableChange(
    ChangeKind change, String path, EntryKind kind, long size, int mode, String linkTarget) {
  /** The mode as {@code ls -l} writes it; dashes for a removed path. */
  public String modeString() {
    return change == ChangeKind.REMOVED ? "----------" : FileMode.ls(kind, mode);
  }
}
