package dev.storagelab.shell;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.ShellWords;
import java.util.List;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.stereotype.Component;

/**
 * The REPL's parser: a line split into words as a POSIX shell splits it, then read by the same
 * rules as a one-shot command ({@link ArgumentParser}), so that {@code --out} without a value is
 * refused in the REPL too, not read as {@code true}.
 */
@Component
class StrictCommandParser implements CommandParser {

  private final ObjectProvider<CommandRegistry> registry;
  private final ListableBeanFactory beans;
  private PositionalArity arity;

  StrictCommandParser(ObjectProvider<CommandRegistry> registry, ListableBeanFactory beans) {
    this.registry = registry;
    this.beans = beans;
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
    return ArgumentParser.parse(words, registry.getObject(), arity());
  }

  private synchronized PositionalArity arity() {
    if (arity == null) {
      arity = PositionalArity.of(beans);
    }
    return arity;
  }
}
