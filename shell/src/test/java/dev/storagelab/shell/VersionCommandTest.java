package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** {@code version} is storage-lab's version, the one scripts and bug reports need. */
class VersionCommandTest {

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @Test
  void versionSaysStorageLabsVersionNotSpringShells() {
    String springShell =
        org.springframework.shell.core.command.Version.class
            .getPackage()
            .getImplementationVersion();

    ShellRun version = ShellRun.of(shell, "version");

    assertThat(version.code()).isZero();
    assertThat(version.out()).matches("Version: \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(version.out()).isNotEqualTo("Version: " + springShell);
  }
}
