package dev.storagelab.shell;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandArgument;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;

/**
 * {@code help [COMMAND|GROUP]}: the commands in the order a learner meets them, groups in the order
 * of the course; one command's usage and options; a group's commands. A name that is neither is a
 * usage error that names the nearest commands, not a silent list of everything.
 */
final class HelpCommand implements Command {

  /** Groups in the order of the course: the lessons first, the shell's own commands last. */
  private static final List<String> GROUPS =
      List.of(
          "Lessons",
          "Engine",
          "Images",
          "Mounts",
          "Lab",
          "Kubernetes",
          "Course",
          "Class",
          "Built-In Commands");

  /** Commands in the order a learner uses them; a command not listed follows, by name. */
  private static final List<String> ORDER =
      List.of(
          "lesson start",
          "lesson next",
          "lesson back",
          "lesson step",
          "lesson status",
          "lesson run",
          "lesson practice",
          "lesson check",
          "lesson reset",
          "lesson list",
          "engine status",
          "image layers",
          "image files",
          "container changes",
          "mounts parse",
          "mounts of",
          "mounts compose",
          "mounts volume",
          "lab base-image",
          "lab cleanup",
          "k8s generate",
          "k8s preview",
          "k8s cluster start",
          "k8s cluster status",
          "k8s cluster stop",
          "k8s apply",
          "k8s verify",
          "handout export",
          "class status",
          "class predictions",
          "class serve",
          "class reset",
          "class cleanup",
          "help",
          "version",
          "history",
          "clear",
          "script",
          "quit");

  @Override
  public String getName() {
    return "help";
  }

  @Override
  public String getDescription() {
    return "List the commands, or say how to call one: help [COMMAND]";
  }

  @Override
  public String getHelp() {
    return "help [COMMAND|GROUP]";
  }

  @Override
  public String getGroup() {
    return "Built-In Commands";
  }

  @Override
  public ExitStatus execute(CommandContext context) {
    CommandRegistry registry = context.commandRegistry();
    String asked =
        context.parsedInput().arguments().stream()
            .map(CommandArgument::value)
            .collect(Collectors.joining(" "));
    PrintWriter out = context.outputWriter();
    // By name or by alias (the registry looks up both).
    Command named = asked.isBlank() ? null : registry.getCommandByName(asked);
    if (asked.isBlank()) {
      out.println(listing(visible(registry)));
    } else if (named != null) {
      out.println(usage(named));
    } else if (!registry.getCommandsByPrefix(asked + " ").isEmpty()) {
      out.println(
          listing(
              visible(registry).stream()
                  .filter(c -> c.getName().startsWith(asked + " "))
                  .toList()));
    } else {
      return new ExitStatus(
          ExitStatuses.USAGE,
          "No command or group '"
              + asked
              + "'. The nearest: "
              + String.join(", ", NearestCommands.to(asked, registry))
              + ". Run 'help' to list them all.");
    }
    out.flush();
    return ExitStatus.OK;
  }

  private static List<Command> visible(CommandRegistry registry) {
    return registry.getCommands().stream().filter(c -> !c.isHidden()).toList();
  }

  /** The commands under their groups, both in the course's order. */
  private static String listing(List<Command> commands) {
    StringBuilder text = new StringBuilder("AVAILABLE COMMANDS\n");
    List<Command> sorted = inCourseOrder(commands);
    List<String> groups =
        sorted.stream()
            .map(Command::getGroup)
            .distinct()
            .sorted(Comparator.comparingInt(HelpCommand::groupRank))
            .toList();
    for (String group : groups) {
      text.append('\n').append(group).append('\n');
      sorted.stream()
          .filter(c -> c.getGroup().equals(group))
          .forEach(
              c ->
                  text.append("\t")
                      .append(c.getName())
                      .append(": ")
                      .append(c.getDescription())
                      .append('\n'));
    }
    return text.toString().stripTrailing();
  }

  /** The commands in the order a learner uses them. */
  static List<Command> inCourseOrder(List<Command> commands) {
    List<Command> sorted = new ArrayList<>(commands);
    sorted.sort(Comparator.comparingInt(HelpCommand::rank).thenComparing(Command::getName));
    return sorted;
  }

  private static String usage(Command command) {
    StringBuilder text =
        new StringBuilder(command.getName()).append(" - ").append(command.getDescription());
    text.append("\n\nUsage: ")
        .append(command.getHelp().isBlank() ? command.getName() : command.getHelp());
    List<CommandOption> options = command.getOptions();
    if (!options.isEmpty()) {
      text.append("\n\nOptions:");
      for (CommandOption option : options) {
        text.append("\n  ")
            .append(
                option.longName() != null ? "--" + option.longName() : "-" + option.shortName());
        if (option.description() != null && !option.description().isBlank()) {
          text.append("  ").append(option.description());
        }
      }
    }
    return text.toString();
  }

  private static int rank(Command command) {
    int at = ORDER.indexOf(command.getName());
    return at < 0 ? ORDER.size() : at;
  }

  private static int groupRank(String group) {
    int at = GROUPS.indexOf(group);
    return at < 0 ? GROUPS.size() : at;
  }
}
