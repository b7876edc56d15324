package dev.storagelab.shell;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.annotation.Command;

/**
 * A {@code @Command} method and the object it runs on: found once per table, read by both the
 * registry ({@link AnnotatedCommands}) and the arity table ({@link PositionalArity}).
 *
 * @param target the command object
 * @param method its public method
 * @param annotation the method's {@code @Command}
 */
record CommandMethod(Object target, Method method, Command annotation) {

  /** Every {@code @Command} method of the objects' public methods. */
  static List<CommandMethod> of(List<Object> targets) {
    List<CommandMethod> found = new ArrayList<>();
    for (Object target : targets) {
      for (Method method : target.getClass().getMethods()) {
        Command annotation = method.getAnnotation(Command.class);
        if (annotation != null) {
          found.add(new CommandMethod(target, method, annotation));
        }
      }
    }
    return found;
  }

  /** The command's name, its words joined by spaces. */
  String name() {
    return String.join(" ", annotation.name());
  }
}
