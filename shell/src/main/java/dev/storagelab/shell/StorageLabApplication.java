package dev.storagelab.shell;

import dev.storagelab.docker.input.InputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.utils.Utils;

/**
 * The storage-lab shell: with no arguments an interactive REPL, with arguments one command whose
 * status becomes the process's exit code (0 success, 1 a failed check or operation, 2 a usage or
 * input error). Only the REPL starts Spring: a one-shot command runs from the {@link CommandTable}.
 */
@SpringBootApplication
public class StorageLabApplication {

  /**
   * Starts the shell.
   *
   * @param args {@code --learner NAME} first if given, then a command and its options, or nothing
   *     for the REPL
   */
  public static void main(String[] args) {
    // Hibernate Validator, which Spring Shell starts, logs through JBoss Logging, which would
    // otherwise print to stderr through java.util.logging; SLF4J goes nowhere (slf4j-nop).
    System.setProperty("org.jboss.logging.provider", "slf4j");
    try {
      args = LearnerFlag.take(args);
    } catch (InputException e) {
      System.err.println(e.getMessage());
      System.exit(ExitStatuses.USAGE);
    }
    if (args.length > 0 || OneShotRunner.training()) {
      System.exit(OneShotRunner.run(args));
    }
    if (!Debug.enabled()) {
      // Logging is off anyway (stdout belongs to the command); not setting it up saves start-up.
      System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }
    SpringApplication app = new SpringApplication(StorageLabApplication.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    app.setDefaultProperties(Map.<String, Object>of("spring.shell.interactive.enabled", true));
    System.exit(SpringApplication.exit(app.run(args)));
  }

  /** The commands, with progress under {@code storagelab.home} when set (tests set it). */
  @Bean
  CommandTable commandTable(@Value("${storagelab.home:}") String home) {
    return new CommandTable(home);
  }

  /**
   * The REPL's registry: the table's, with the commands for a terminal: Spring Shell's {@code
   * history} (the built-in ones the table has are switched off in application.properties) and
   * {@code quit}.
   */
  @Bean
  CommandRegistry commandRegistry(CommandTable table, List<Command> terminalCommands) {
    List<Command> more = new ArrayList<>(terminalCommands);
    more.add(Utils.QUIT_COMMAND);
    return table.registry(more);
  }

  @Bean
  CommandParser commandParser(CommandTable table, CommandRegistry registry) {
    return new StrictCommandParser(registry, table.arity());
  }
}
