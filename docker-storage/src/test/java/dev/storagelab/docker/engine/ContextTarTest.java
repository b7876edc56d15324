package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextTarTest {

  @TempDir Path context;

  @Test
  void theDockerfileComesFirstInAPlainHeaderAndEveryEntryKeepsItsModeAndKind() throws IOException {
    Files.createDirectories(context.resolve("a/b"));
    Path script = Files.writeString(context.resolve("a/b/run.sh"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-x---"));
    Files.writeString(context.resolve("README"), "read me");
    Files.createSymbolicLink(context.resolve("link"), Path.of("a/b/run.sh"));
    Files.writeString(context.resolve("Dockerfile"), "FROM scratch\n");
    String longName = "d".repeat(120);
    Files.writeString(context.resolve(longName), "long");

    byte[] tar = ContextTar.of(context);

    assertThat(new String(tar, 0, 10, StandardCharsets.US_ASCII)).isEqualTo("Dockerfile");
    Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    try (var in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
      for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), e);
      }
    }
    assertThat(entries.keySet())
        .containsExactly("Dockerfile", "README", "a/", "a/b/", "a/b/run.sh", longName, "link");
    assertThat(entries.get("a/b/run.sh").getMode()).isEqualTo(0100750);
    assertThat(entries.get("a/").isDirectory()).isTrue();
    assertThat(entries.get("link").isSymbolicLink()).isTrue();
    assertThat(entries.get("link").getLinkName()).isEqualTo("a/b/run.sh");
    assertThat(entries.get("README").getSize()).isEqualTo(7);
    assertThat(entries.values()).allMatch(e -> e.getLongUserId() == 0 && e.getLongGroupId() == 0);
  }
}
