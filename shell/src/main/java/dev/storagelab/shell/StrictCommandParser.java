package dev.storagelab.shell;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.ShellWords;
import java.util.List;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;

/**
 * The REPL's parser: a line split into words as a POSIX shell splits it, then read by the same
 * rules as a one-shot command ({@link ArgumentParser}), so that {@code --out} without a value is
 * refused in the REPL too, not read as {@code true}.
 */
final class StrictCommandParser implements CommandParser {

  private final CommandRegistry registry;
  private final PositionalArity arity;

  StrictCommandParser(CommandRegistry registry, PositionalArity arity) {
    this.registry = registry;
    this.arity = arity;
  }

  @Override
  public ParsedInput parse(String line) {
    List<String> words;
    try {
      words = ShellWords.split(line);
    } catch (InputException e) {
      throw new UsageException(e.getMessage(), line);
    }
    return parse(words);
  }

  /** Reads a command given word by word, as a one-shot command's program arguments are. */
  ParsedInput parse(List<String> words) {
    if (words.isEmpty()) {
      throw new UsageException("Type a command; 'help' lists them.", "");
    }
    return ArgumentParser.parse(words, registry, arity);
  }
}
