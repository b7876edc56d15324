package dev.storagelab.shell;

import java.util.List;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Reads a one-shot command from the program's arguments, one word per argument, with the same rules
 * as the REPL's parser: the longest run of words that names a command, then {@code --name value},
 * {@code --name=value}, {@code -n value} and bare flags, then positional arguments. An argument
 * that holds whitespace is always a value, never an option.
 */
final class ArgumentParser {

  private ArgumentParser() {}

  static ParsedInput parse(List<String> words, CommandRegistry registry) {
    ParsedInput.Builder input = ParsedInput.builder().commandName(words.get(0));
    int next = 1;
    String prefix = words.get(0);
    while (next < words.size()
        && !registry.getCommandsByPrefix(prefix + " " + words.get(next)).isEmpty()) {
      prefix = prefix + " " + words.get(next);
      input.addSubCommand(words.get(next));
      next++;
    }
    Command command = registry.getCommandByName(prefix);
    int argument = 0;
    boolean onlyArguments = false;
    for (int i = next; i < words.size(); i++) {
      String word = words.get(i);
      if (!onlyArguments && word.equals("--")) {
        onlyArguments = true;
      } else if (!onlyArguments && isOption(word)) {
        String value;
        int equals = word.indexOf('=');
        String name = equals < 0 ? word : word.substring(0, equals);
        if (equals >= 0) {
          value = word.substring(equals + 1);
        } else if (!isFlag(command, name) && i + 1 < words.size() && !isOption(words.get(i + 1))) {
          value = words.get(++i);
        } else {
          value = "true";
        }
        input.addOption(option(name, value));
      } else {
        input.addArgument(new CommandArgument(argument++, word));
      }
    }
    return input.build();
  }

  private static boolean isFlag(Command command, String name) {
    return command != null
        && command.getOptions().stream()
            .filter(option -> option.isOptionEqual(name))
            .anyMatch(option -> option.type() == boolean.class || option.type() == Boolean.class);
  }

  private static boolean isOption(String word) {
    return word.startsWith("-")
        && word.length() > 1
        && !word.equals("--")
        && !word.matches("(?s).*\\s.*");
  }

  private static CommandOption option(String name, String value) {
    if (name.startsWith("--")) {
      return CommandOption.with().longName(name.substring(2)).value(value).build();
    }
    if (name.length() != 2) {
      throw new UsageException(
          "Unknown option '"
              + name
              + "': long options take two dashes, e.g. --"
              + name.substring(1),
          name);
    }
    return CommandOption.with().shortName(name.charAt(1)).value(value).build();
  }
}
