package dev.storagelab.docker.layers;

import java.util.Locale;

/**
 * One path a layer holds, as its tar header and content say.
 *
 * @param path absolute and clean, such as {@code /app/index.html}
 * @param kind file, directory, link or other
 * @param size the bytes the layer stores for it (0 for all but files)
 * @param mode the permission bits with setuid, setgid and sticky ({@code 07777})
 * @param uid the owner's user ID
 * @param gid the owner's group ID
 * @param linkTarget where a link points, or empty
 * @param contentHash a CRC-32C of the content, to tell a rewritten file from an identical copy
 */
public record LayerEntry(
    String path,
    EntryKind kind,
    long size,
    int mode,
    int uid,
    int gid,
    String linkTarget,
    long contentHash) {

  /** Whether an upper layer's entry at the same path is the same file, as dive compares them. */
  public boolean sameAs(LayerEntry other) {
    return kind == other.kind
        && size == other.size
        && contentHash == other.contentHash
        && mode == other.mode
        && uid == other.uid
        && gid == other.gid
        && linkTarget.equals(other.linkTarget);
  }

  /** The mode as {@code ls -l} writes it, such as {@code drwxr-xr-x}. */
  public String modeString() {
    return FileMode.ls(kind, mode);
  }

  /** The mode in octal, as {@code stat -c %a} writes it. */
  public String octalMode() {
    return String.format(Locale.ROOT, "%o", mode);
  }
}
