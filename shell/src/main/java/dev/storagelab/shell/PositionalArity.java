package dev.storagelab.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;

/**
 * How many positional arguments each command takes, read from its {@code @Argument} and {@code
 * {@literal @}Arguments} parameters, so that a word no command reads is refused instead of ignored.
 */
final class PositionalArity {

  /** Any number of arguments ({@code @Arguments}). */
  static final int ANY = Integer.MAX_VALUE;

  private final Map<String, Integer> arity;

  private PositionalArity(Map<String, Integer> arity) {
    this.arity = arity;
  }

  static PositionalArity of(List<CommandMethod> commands) {
    Map<String, Integer> arity = new HashMap<>();
    for (CommandMethod command : commands) {
      arity.put(command.name(), count(command.method()));
    }
    return new PositionalArity(arity);
  }

  /** The most positional arguments the command takes; {@link #ANY} when it is not known. */
  int of(String command) {
    return arity.getOrDefault(command, ANY);
  }

  private static int count(Method method) {
    int count = 0;
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(Arguments.class)) {
        return ANY;
      }
      if (parameter.isAnnotationPresent(Argument.class)) {
        count++;
      }
    }
    return count;
  }
}
