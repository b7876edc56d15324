package dev.storagelab.shell;

import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.core.convert.support.ConfigurableConversionService;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.adapter.MethodInvokerCommandAdapter;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.exit.ExitStatusExceptionMapper;

/**
 * Turns {@code @Command} methods into Spring Shell commands, as Spring Shell's own {@code
 * CommandFactoryBean} does, without an application context to look their collaborators up in: every
 * command maps what it throws with {@link ExitStatuses} and validates nothing.
 */
final class AnnotatedCommands {

  private final ConfigurableConversionService conversions;
  private final Validator validator;
  private final ExitStatusExceptionMapper exitStatuses;

  AnnotatedCommands(
      ConfigurableConversionService conversions,
      Validator validator,
      ExitStatusExceptionMapper exitStatuses) {
    this.conversions = conversions;
    this.validator = validator;
    this.exitStatuses = exitStatuses;
  }

  /** The command the method defines. */
  Command of(CommandMethod found) {
    var annotation = found.annotation();
    if (!ExitStatuses.BEAN.equals(annotation.exitStatusExceptionMapper())) {
      throw new IllegalStateException(
          found.method()
              + " must map its failures with exitStatusExceptionMapper = ExitStatuses.BEAN");
    }
    var command =
        new MethodInvokerCommandAdapter(
            found.name(),
            annotation.description(),
            annotation.group(),
            annotation.help(),
            annotation.hidden(),
            found.method(),
            found.target(),
            conversions,
            validator);
    command.setAliases(Arrays.asList(annotation.alias()));
    command.setOptions(options(found.method()));
    command.setExitStatusExceptionMapper(exitStatuses);
    return command;
  }

  private static List<CommandOption> options(Method method) {
    List<CommandOption> options = new ArrayList<>();
    OptionsFrom shared = method.getAnnotation(OptionsFrom.class);
    if (shared != null) {
      for (Class<? extends Record> type : shared.value()) {
        options.addAll(OptionRecords.declared(type));
      }
    }
    for (Parameter parameter : method.getParameters()) {
      Option option = parameter.getAnnotation(Option.class);
      if (option != null) {
        String longName = option.longName().isEmpty() ? parameter.getName() : option.longName();
        options.add(OptionRecords.commandOption(option, longName, parameter));
      }
    }
    return options;
  }
}
