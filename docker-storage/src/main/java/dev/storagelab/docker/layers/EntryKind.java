package dev.storagelab.docker.layers;

/** What a path in a layer is, as its tar header says. */
public enum EntryKind {
  FILE("file", '-'),
  DIRECTORY("dir", 'd'),
  SYMLINK("symlink", 'l'),
  HARDLINK("hardlink", 'h'),
  /** A device, a FIFO: rare in images, listed but never read. */
  OTHER("other", '?');

  private final String word;
  private final char modeLetter;

  EntryKind(String word, char modeLetter) {
    this.word = word;
    this.modeLetter = modeLetter;
  }

  /** The word {@code --json} uses. */
  public String word() {
    return word;
  }

  /** The first letter of an {@code ls -l} mode. */
  public char modeLetter() {
    return modeLetter;
  }
}
