package dev.storagelab.shell;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;

/**
 * How many positional arguments each command takes, read from its {@code @Argument} and {@code
 * {@literal @}Arguments} parameters, so that a word no command reads is refused instead of ignored;
 * and which commands read docker flags as their arguments.
 */
final class PositionalArity {

  /** Any number of arguments ({@code @Arguments}). */
  static final int ANY = Integer.MAX_VALUE;

  private final Map<String, Integer> arity;
  private final Set<String> dockerFlags;

  private PositionalArity(Map<String, Integer> arity, Set<String> dockerFlags) {
    this.arity = arity;
    this.dockerFlags = dockerFlags;
  }

  static PositionalArity of(List<CommandMethod> commands) {
    Map<String, Integer> arity = new HashMap<>();
    Set<String> dockerFlags = new HashSet<>();
    for (CommandMethod command : commands) {
      arity.put(command.name(), count(command.method()));
      if (command.method().isAnnotationPresent(DockerFlagArguments.class)) {
        dockerFlags.add(command.name());
      }
    }
    return new PositionalArity(arity, Set.copyOf(dockerFlags));
  }

  /** Whether the command's arguments are docker flags ({@link DockerFlagArguments}). */
  boolean takesDockerFlags(String command) {
    return dockerFlags.contains(command);
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
