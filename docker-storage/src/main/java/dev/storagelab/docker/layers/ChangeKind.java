package dev.storagelab.docker.layers;

/** What a layer did to a path of the stack below it. */
public enum ChangeKind {
  ADDED("added", 'A'),
  MODIFIED("modified", 'C'),
  REMOVED("removed", 'D');

  private final String word;
  private final char letter;

  ChangeKind(String word, char letter) {
    this.word = word;
    this.letter = letter;
  }

  /** The word {@code --json} uses. */
  public String word() {
    return word;
  }

  /** The letter {@code docker diff} uses: A, C or D. */
  public char letter() {
    return letter;
  }
}
