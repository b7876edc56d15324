package dev.storagelab.shell.mounts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Joins the words the shell received back into one command line that splits into the same words: a
 * word that holds a blank or a quote is single-quoted, unless it is the whole line already.
 */
final class ShellQuoting {

  private ShellQuoting() {}

  static String join(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return words.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
  }

  private static String quote(String word) {
    if (!word.isEmpty() && word.chars().noneMatch(c -> " \t\n'\"\\$`".indexOf(c) >= 0)) {
      return word;
    }
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
