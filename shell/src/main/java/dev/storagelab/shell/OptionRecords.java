package dev.storagelab.shell;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Options declared once, on a record's components, and shared by the commands that name the record
 * in {@link OptionsFrom}: {@code String} options (absent: {@code null}) and {@code boolean} flags.
 */
public final class OptionRecords {

  private OptionRecords() {}

  /**
   * The record's values from the command's options.
   *
   * @throws IllegalStateException when the record is not one of options (a bug, not an input)
   */
  public static <R extends Record> R read(Class<R> type, CommandContext context) {
    Constructor<R> constructor = canonical(type);
    Object[] values =
        Arrays.stream(constructor.getParameters())
            .map(parameter -> value(parameter, context))
            .toArray();
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException(type + " cannot be made from options", e);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      throw new IllegalStateException(type + " cannot be made from options", e);
    }
  }

  /** The record's components as the command's options, for help and for the parser. */
  static List<CommandOption> declared(Class<? extends Record> type) {
    List<CommandOption> options = new ArrayList<>();
    for (Parameter parameter : canonical(type).getParameters()) {
      options.add(commandOption(option(parameter), option(parameter).longName(), parameter));
    }
    return options;
  }

  /** What Spring Shell knows of an {@code @Option} parameter: its names, help and type. */
  static CommandOption commandOption(Option option, String longName, Parameter parameter) {
    return CommandOption.with()
        .shortName(option.shortName())
        .longName(longName)
        .description(option.description())
        .required(option.required())
        .defaultValue(option.defaultValue())
        .type(parameter.getType())
        .build();
  }

  private static Object value(Parameter parameter, CommandContext context) {
    CommandOption given = context.getOptionByLongName(option(parameter).longName());
    String raw = given == null ? null : given.value();
    if (parameter.getType() == boolean.class) {
      return Boolean.parseBoolean(raw);
    }
    return raw;
  }

  private static Option option(Parameter parameter) {
    Option option = parameter.getAnnotation(Option.class);
    if (option == null || option.longName().isEmpty()) {
      throw new IllegalStateException(
          parameter + " of an options record needs @Option with a longName");
    }
    if (parameter.getType() != String.class && parameter.getType() != boolean.class) {
      throw new IllegalStateException(parameter + ": an options record holds String or boolean");
    }
    return option;
  }

  private static <R> Constructor<R> canonical(Class<R> type) {
    Class<?>[] components =
        Arrays.stream(type.getRecordComponents())
            .map(RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return type.getDeclaredConstructor(components);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type + " is not a record", e);
    }
  }
}
