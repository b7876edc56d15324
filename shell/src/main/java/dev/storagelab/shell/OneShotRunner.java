package dev.storagelab.shell;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;

/**
 * Runs one command, as the launcher does when given arguments, from the {@link CommandTable}: no
 * Spring container starts for it (the REPL is the Spring Shell application).
 *
 * <p>Spring Shell's own one-shot runner joins the arguments into one line and parses it again,
 * which splits an argument that holds spaces (a whole {@code docker run} line), and it drops the
 * command's status. This runner keeps each argument whole and turns the status into the exit code.
 */
final class OneShotRunner {

  /**
   * What the launcher's start-up cache is trained on: commands of every kind that change nothing,
   * so that the classes and code paths scripts use most are in the cache (the launcher runs them in
   * one process with {@code STORAGE_LAB_TRAINING=1}, their output discarded).
   */
  static final List<List<String>> TRAINING =
      List.of(
          List.of("version"),
          List.of("engine", "status"),
          List.of("engine", "status", "--json"),
          List.of("mounts", "parse", "-v data:/app --mount type=tmpfs,dst=/cache"),
          List.of("mounts", "parse", "-v /srv:/srv:ro", "--json"),
          List.of("lesson", "list"),
          List.of("lesson", "status", "--json"),
          List.of("lab", "cleanup", "--dry-run", "--json"),
          List.of("class", "status"),
          List.of("class", "status", "--json"),
          List.of("class", "predictions"),
          List.of("k8s", "preview", "--run", "docker run -v data:/app -v /srv:/srv:ro busybox"));

  private final CommandRegistry commands;
  private final StrictCommandParser parser;

  OneShotRunner(CommandTable table) {
    this.commands = table.registry(List.of());
    this.parser = new StrictCommandParser(commands, table.arity());
  }

  /** Whether the launcher is training its start-up cache ({@link #TRAINING}). */
  static boolean training() {
    return "1".equals(System.getenv("STORAGE_LAB_TRAINING"));
  }

  /**
   * Runs the command the arguments spell, or every {@link #TRAINING} command while training.
   *
   * @return the exit code
   */
  static int run(String[] args) {
    try (CommandTable table = new CommandTable("")) {
      OneShotRunner runner = new OneShotRunner(table);
      if (training()) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        TRAINING.forEach(command -> runner.runOnce(command, new PrintWriter(discard), discard));
        return 0;
      }
      return runner.runOnce(List.of(args), new PrintWriter(System.out, true), System.err);
    }
  }

  /**
   * Runs one command.
   *
   * @param words the command, its sub-commands, options and arguments, one per element
   * @return the exit code
   */
  int runOnce(List<String> words, PrintWriter out, PrintStream err) {
    ParsedInput input;
    try {
      input = parser.parse(words);
    } catch (UsageException e) {
      err.println(e.getMessage());
      return ExitStatuses.USAGE;
    }
    String name = commandName(input);
    Command command = commands.getCommandByName(name);
    if (command == null) {
      err.println(unknownCommand(name, commands));
      return ExitStatuses.USAGE;
    }
    try {
      ExitStatus status =
          new CommandExecutor(commands)
              .execute(new CommandContext(input, commands, out, OneShotInput.fromProcess()));
      out.flush();
      if (status.code() != 0) {
        err.println(status.description());
      }
      return exitCode(status);
    } catch (Exception e) {
      ExitStatus status = new ExitStatuses().apply(e);
      err.println(status.description());
      return exitCode(status);
    }
  }

  private static String commandName(ParsedInput input) {
    List<String> parts = new ArrayList<>();
    parts.add(input.commandName());
    parts.addAll(input.subCommands());
    return String.join(" ", parts);
  }

  private static String unknownCommand(String name, CommandRegistry commands) {
    List<Command> candidates = commands.getCommandsByPrefix(name);
    if (candidates.isEmpty()) {
      return "Unknown command '"
          + name
          + "'. The nearest: "
          + String.join(", ", NearestCommands.to(name, commands))
          + ". Run 'storage-lab help' to list the commands.";
    }
    return "'"
        + name
        + "' needs a sub-command: "
        + HelpCommand.inCourseOrder(candidates).stream()
            .map(Command::getName)
            .collect(Collectors.joining(", "));
  }

  private static int exitCode(ExitStatus status) {
    if (status.code() >= 0) {
      return status.code();
    }
    return status.code() == ExitStatus.USAGE_ERROR.code()
        ? ExitStatuses.USAGE
        : ExitStatuses.FAILED;
  }
}
