package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code version} is storage-lab's version, the one scripts and bug reports need. */
@SpringBootTest(args = "version")
class VersionCommandTest {

  @Autowired OneShotRunner shell;

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
