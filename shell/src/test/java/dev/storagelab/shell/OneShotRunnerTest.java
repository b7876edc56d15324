package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

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
  void helpListsEveryCommandButTheReplsOwn() {
    ShellRun help = ShellRun.of(shell, "help");

    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("lesson run:", "k8s preview:", "version:", "mounts parse:");
    assertThat(help.out()).doesNotContain("history:");
  }
}
