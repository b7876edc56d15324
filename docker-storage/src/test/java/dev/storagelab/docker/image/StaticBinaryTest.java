package dev.storagelab.docker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticBinaryTest {

  @Test
  void aDynamicallyLinkedProgramIsNotStatic() {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    assertThat(StaticBinary.isStaticElf(java)).isFalse();
  }

  @Test
  void debiansStaticBusyboxIsStatic() {
    Path busybox = Path.of("/bin/busybox");
    assumeTrue(Files.isRegularFile(busybox), "busybox-static is not installed");

    assertThat(StaticBinary.isStaticElf(busybox)).isTrue();
  }

  @Test
  void aFileThatIsNotElfIsNotStatic(@TempDir Path dir) throws IOException {
    Path script = Files.writeString(dir.resolve("busybox"), "#!/bin/sh\necho hi\n".repeat(8));

    assertThat(StaticBinary.isStaticElf(script)).isFalse();
  }
}
