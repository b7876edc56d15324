package dev.storagelab.shell.image;

import dev.storagelab.docker.layers.ChangeKind;

/**
 * One line of a file tree: a path with what is known of it, and what the layer did to it.
 *
 * @param path the absolute path
 * @param mode as {@code ls -l} writes it, or blank for a directory only implied by a deeper path
 * @param owner {@code uid:gid}, or {@code -} where unknown
 * @param size the file's bytes, or -1 where it has none to show
 * @param linkTarget where a link points, or empty
 * @param change what the layer did, or {@code null} for a path it left alone
 * @param note a few words after the name, or empty
 */
record TreeRow(
    String path,
    String mode,
    String owner,
    long size,
    String linkTarget,
    ChangeKind change,
    String note) {

  /** A directory shown only to place the paths below it. */
  static TreeRow context(String path) {
    return new TreeRow(path, "", "", -1, "", null, "");
  }

  boolean isContext() {
    return mode.isEmpty();
  }
}
