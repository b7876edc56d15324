package dev.storagelab.docker.layers;

/** File modes as {@code ls -l} writes them. */
final class FileMode {

  private FileMode() {}

  /** Such as {@code drwxr-xr-x}, {@code -rwsr-xr-x}, {@code drwxrwxrwt}. */
  static String ls(EntryKind kind, int mode) {
    StringBuilder text = new StringBuilder().append(kind.modeLetter());
    String letters = "rwxrwxrwx";
    for (int bit = 0; bit < 9; bit++) {
      text.append((mode & (0400 >> bit)) != 0 ? letters.charAt(bit) : '-');
    }
    special(text, mode, 3, 04000, 's');
    special(text, mode, 6, 02000, 's');
    special(text, mode, 9, 01000, 't');
    return text.toString();
  }

  private static void special(StringBuilder text, int mode, int at, int bit, char letter) {
    if ((mode & bit) != 0) {
      boolean executable = text.charAt(at) != '-';
      text.setCharAt(at, executable ? letter : Character.toUpperCase(letter));
    }
  }
}
