package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandExecutor;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.ExitStatus;
import org.springframework.shell.core.command.ParsedInput;
import org.springframework.shell.core.utils.Utils;

/** One command from the command table, as the launcher runs it, without a Spring container. */
class OneShotRunnerTest {

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @Test
  void aFlagLeftOutIsFalseAndAFlagGivenIsTrue() {
    ShellRun table = ShellRun.of(shell, "mounts", "parse", "-v data:/app");
    ShellRun json = ShellRun.of(shell, "mounts", "parse", "-v data:/app", "--json");
    ShellRun off = ShellRun.of(shell, "mounts", "parse", "-v data:/app", "--json=false");

    assertThat(table.code()).as(table.err()).isZero();
    assertThat(table.out()).startsWith("TYPE").doesNotContain("{");
    assertThat(json.out()).startsWith("{").contains("\"source\" : \"data\"");
    assertThat(off.out()).isEqualTo(table.out());
  }

  @Test
  void helpForOneCommandStillAnswersAlone() {
    ShellRun help = ShellRun.of(shell, "engine", "status", "--help");

    assertThat(help.code()).isZero();
    assertThat(help.out()).isEqualTo("engine status [--json]");
  }

  @Test
  void helpListsCommandsInTheOrderALearnerUsesThemAndGroupsInTheCoursesOrder() {
    String help = ShellRun.of(shell, "help").out();

    assertThat(help)
        .containsSubsequence(
            "lesson start:",
            "lesson next:",
            "lesson back:",
            "lesson step:",
            "lesson status:",
            "lesson run:",
            "lesson practice:",
            "lesson check:",
            "lesson reset:",
            "lesson list:");
    assertThat(help)
        .containsSubsequence(
            "\nLessons\n",
            "\nEngine\n",
            "\nMounts\n",
            "\nLab\n",
            "\nKubernetes\n",
            "\nCourse\n",
            "\nBuilt-In Commands\n");
  }

  @Test
  void helpForAGroupListsItsCommandsAndForACommandItsUsage() {
    ShellRun group = ShellRun.of(shell, "help", "mounts");
    ShellRun command = ShellRun.of(shell, "help", "mounts", "parse");

    assertThat(group.code()).isZero();
    assertThat(group.out()).contains("mounts parse:", "mounts of:").doesNotContain("lesson run");
    assertThat(command.code()).isZero();
    assertThat(command.out()).contains("Usage: mounts parse", "--json");
  }

  @Test
  void helpForAnAliasSaysHowToCallItsCommand() throws Exception {
    CommandRegistry registry = table.registry(List.of(Utils.QUIT_COMMAND));
    StringWriter text = new StringWriter();
    ParsedInput input = new StrictCommandParser(registry, table.arity()).parse("help exit");

    ExitStatus status =
        new CommandExecutor(registry)
            .execute(
                new CommandContext(
                    input, registry, new PrintWriter(text), OneShotInput.fromProcess()));

    assertThat(status.code()).as(status.description()).isZero();
    assertThat(text.toString()).startsWith("quit - Exit the shell");
  }

  @Test
  void helpForANameThatIsNoCommandIsAUsageErrorNamingTheNearest() {
    ShellRun typo = ShellRun.of(shell, "help", "lesson", "strat");
    ShellRun nothing = ShellRun.of(shell, "help", "nonexistent");

    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("'lesson strat'").contains("lesson start");
    assertThat(typo.out()).isEmpty();
    assertThat(nothing.code()).isEqualTo(2);
    assertThat(nothing.err()).contains("The nearest:");
  }

  @Test
  void aDockerFlagIsTheArgumentOfMountsParseWhateverItStartsWith() {
    ShellRun equals = ShellRun.of(shell, "mounts", "parse", "--volume=data:/app", "--json");
    ShellRun words = ShellRun.of(shell, "mounts", "parse", "-v", "data:/app", "--tmpfs", "/run");

    assertThat(equals.code()).as(equals.err()).isZero();
    assertThat(equals.out()).contains("\"source\" : \"data\"", "\"target\" : \"/app\"");
    assertThat(words.code()).as(words.err()).isZero();
    assertThat(words.out()).contains("/app", "/run");
  }

  @Test
  void aTmpfsGivenTwiceIsReadAsDockerReadsItAndTheOutputSaysSo() {
    ShellRun run = ShellRun.of(shell, "mounts", "parse", "--tmpfs /a --tmpfs /a:size=1m");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("note: --tmpfs /a is given more than once");
  }

  @Test
  void helpListsEveryCommandButTheReplsOwn() {
    ShellRun help = ShellRun.of(shell, "help");

    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("lesson run:", "k8s preview:", "version:", "mounts parse:");
    assertThat(help.out()).doesNotContain("history:");
  }
}
