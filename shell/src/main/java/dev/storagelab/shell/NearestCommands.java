package dev.storagelab.shell;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

/** The command names nearest to a name that is none: what a user most likely meant. */
final class NearestCommands {

  private static final int SHOWN = 3;

  private NearestCommands() {}

  /** The three names nearest to {@code asked}, by edit distance, commands and groups alike. */
  static List<String> to(String asked, CommandRegistry registry) {
    Set<String> names = new LinkedHashSet<>();
    for (Command command : registry.getCommands()) {
      if (!command.isHidden()) {
        names.add(command.getName());
        names.add(command.getName().split(" ")[0]);
      }
    }
    return names.stream()
        .sorted(
            Comparator.comparingInt((String name) -> distance(asked, name)).thenComparing(n -> n))
        .limit(SHOWN)
        .toList();
  }

  /** Levenshtein's distance: the fewest single-character edits from one to the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
