package dev.storagelab.shell;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>Stricter than the REPL's parser where a lenient reading would be silently wrong: an option
 * that takes a value and has none, an option given twice, and more positional arguments than the
 * command reads are usage errors.
 *
 * <p>The instructor's {@code class} commands take the options that name engines ({@value #CONTEXT},
 * {@value #HOST}) more than once, as they read a room spread over several engines: their values
 * reach the command joined by commas (which neither a context name nor an engine address holds).
 */
final class ArgumentParser {

  private static final String CONTEXT = "--context";
  private static final String HOST = "--host";
  private static final Set<String> REPEATABLE = Set.of(CONTEXT, HOST);

  private ArgumentParser() {}

  static ParsedInput parse(List<String> words, CommandRegistry registry, PositionalArity arity) {
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
    Set<String> seen = new HashSet<>();
    Map<String, String> repeated = new LinkedHashMap<>();
    int argument = 0;
    boolean onlyArguments = false;
    for (int i = next; i < words.size(); i++) {
      String word = words.get(i);
      if (!onlyArguments && word.equals("--")) {
        onlyArguments = true;
      } else if (!onlyArguments && isOption(word) && !isDockerFlag(command, prefix, arity, word)) {
        int equals = word.indexOf('=');
        String name = equals < 0 ? word : word.substring(0, equals);
        checkOption(command, name, seen.add(name) || repeatable(prefix, name));
        Value value = value(command, name, words, i);
        i = value.last();
        if (repeatable(prefix, name)) {
          repeated.merge(name, value.text(), (a, b) -> a + "," + b);
        } else {
          input.addOption(option(name, value.text()));
        }
      } else {
        if (command != null && argument >= arity.of(prefix)) {
          throw new UsageException(
              "'" + prefix + "' does not take '" + word + "'. Usage: " + command.getHelp(), word);
        }
        input.addArgument(new CommandArgument(argument++, word));
      }
    }
    repeated.forEach((name, value) -> input.addOption(option(name, value)));
    if (command != null && seen.stream().noneMatch(ArgumentParser::isHelp)) {
      flagsNotGiven(command, seen).forEach(flag -> input.addOption(option(flag, "false")));
    }
    return input.build();
  }

  /** Whether a command takes the option more than once. */
  private static boolean repeatable(String command, String option) {
    return command.startsWith("class ") && REPEATABLE.contains(option);
  }

  /**
   * Refuses an option given twice (where the command takes it once), spelt with one dash, or that
   * the command does not take.
   */
  private static void checkOption(Command command, String name, boolean once) {
    if (!once) {
      throw new UsageException(name + " is given more than once: give it once.", name);
    }
    if (!name.startsWith("--") && name.length() != 2) {
      throw new UsageException(
          "Unknown option '" + name + "': long options take two dashes, e.g. -" + name, name);
    }
    if (command != null && !isHelp(name) && !isDeclared(command, name)) {
      throw new UsageException(
          "Unknown option "
              + name
              + " for '"
              + command.getName()
              + "'. Usage: "
              + command.getHelp(),
          name);
    }
  }

  /**
   * An option's value, and the index of the last word it took.
   *
   * @param text the value
   * @param last the word it ended at: the option's own, or the next one
   */
  private record Value(String text, int last) {}

  /** The value of the option at {@code i}: after {@code =}, the next word, or a flag's true. */
  private static Value value(Command command, String name, List<String> words, int i) {
    String word = words.get(i);
    int equals = word.indexOf('=');
    if (isFlag(command, name)) {
      return new Value(equals < 0 ? "true" : flagValue(name, word.substring(equals + 1)), i);
    }
    if (equals >= 0) {
      return new Value(word.substring(equals + 1), i);
    }
    if (i + 1 < words.size() && !isOption(words.get(i + 1))) {
      return new Value(words.get(i + 1), i + 1);
    }
    if (isDeclared(command, name)) {
      throw new UsageException(
          name
              + " needs a value, e.g. "
              + name
              + " VALUE (a value that starts with '-' goes after '=': "
              + name
              + "=-VALUE).",
          name);
    }
    return new Value("true", i);
  }

  /**
   * The command's flags the words do not give, as {@code --name}. Each gets its value, false, here:
   * for a flag left out, Spring Shell's method adapter asks its {@code Utils} class for a default,
   * whose first use builds Hibernate Validator's factory, a third of a one-shot command's classes.
   */
  private static List<String> flagsNotGiven(Command command, Set<String> given) {
    return command.getOptions().stream()
        .filter(option -> option.type() == boolean.class)
        .filter(
            option ->
                !given.contains("--" + option.longName())
                    && !given.contains("-" + option.shortName()))
        .map(option -> "--" + option.longName())
        .toList();
  }

  private static String flagValue(String name, String value) {
    if (!value.equals("true") && !value.equals("false")) {
      throw new UsageException(name + " is a flag: give it alone, or =true or =false.", value);
    }
    return value;
  }

  /**
   * Whether the word is a docker flag given to a command that reads them ({@code mounts parse
   * --volume=data:/app}): none of the command's own options, so the argument it belongs to.
   */
  private static boolean isDockerFlag(
      Command command, String prefix, PositionalArity arity, String word) {
    int equals = word.indexOf('=');
    String name = equals < 0 ? word : word.substring(0, equals);
    return arity.takesDockerFlags(prefix) && !isHelp(name) && !isDeclared(command, name);
  }

  private static boolean isHelp(String name) {
    return name.equals("--help") || name.equals("-h");
  }

  /** Whether the command declares the option; an undeclared one is reported as unknown later. */
  private static boolean isDeclared(Command command, String name) {
    return command != null
        && command.getOptions().stream().anyMatch(option -> option.isOptionEqual(name));
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
          "Unknown option '" + name + "': long options take two dashes, e.g. -" + name, name);
    }
    return CommandOption.with().shortName(name.charAt(1)).value(value).build();
  }
}
