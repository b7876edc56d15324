package dev.storagelab.docker.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

  @TempDir Path dir;

  @Test
  void aFileMadeToBeSharedIsReadableByAll() throws Exception {
    Path handout = dir.resolve("handout.md");

    AtomicFile.write(handout, "# Lesson\n");

    assertThat(Files.readString(handout)).isEqualTo("# Lesson\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(handout)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void aFileThatHoldsASecretIsItsOwnersAlone() throws Exception {
    Path kubeconfig = dir.resolve("kubeconfig");

    AtomicFile.writeOwnerOnly(kubeconfig, "client-key-data: x\n");

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kubeconfig)))
        .isEqualTo("rw-------");
  }

  @Test
  void replacingAFileLeavesNoTemporaryFileBeside() throws Exception {
    Path file = dir.resolve("progress.json");
    AtomicFile.write(file, "{}");

    AtomicFile.write(file, "{\"current\": 3}");

    assertThat(Files.readString(file)).isEqualTo("{\"current\": 3}");
    try (var listing = Files.list(dir)) {
      assertThat(listing).containsExactly(file);
    }
  }
}
