package dev.storagelab.docker.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.testing.HostileYaml;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Anchors, aliases, merge keys, and every way a compose file can try to be too much. */
class ComposeYamlTest {

  @TempDir Path dir;

  @Test
  void anAliasedVolumeListAndAMergedServiceGiveTheirMounts() throws IOException {
    ComposeProject project =
        read(
            """
            x-common: &common
              image: busybox
              volumes: &vols
                - data:/data
                - ./site:/site:ro
            services:
              web:
                <<: *common
                tmpfs: [/run]
              worker:
                image: busybox
                volumes: *vols
            volumes:
              data: {}
            """);

    ComposeService web = project.services().get(0);
    ComposeService worker = project.services().get(1);
    assertThat(web.image()).contains("busybox");
    assertThat(web.mounts()).extracting(Mount::target).containsExactly("/data", "/site", "/run");
    assertThat(worker.mounts()).extracting(Mount::target).containsExactly("/data", "/site");
    assertThat(worker.mounts().get(0))
        .isEqualTo(VolumeMount.named(project.name() + "_data", "/data").build());
  }

  @Test
  void aKeyBesideAMergeKeyWinsOverTheMergedOne() throws IOException {
    ComposeProject project =
        read(
            """
            x-base: &base
              image: busybox
              volumes: [data:/old]
            services:
              web:
                <<: *base
                volumes: [data:/new]
            volumes:
              data:
            """);

    assertThat(project.services().get(0).mounts())
        .extracting(Mount::target)
        .containsExactly("/new");
  }

  @Test
  void anUndefinedAliasIsRefusedWithItsLine() {
    assertThatThrownBy(() -> read("services:\n  web:\n    volumes: *nope\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(":3:")
        .hasMessageContaining("nope");
  }

  @Test
  void aBillionLaughsFileIsRefusedQuickly() {
    String yaml = HostileYaml.billionLaughs();

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("expand"));
  }

  @Test
  void aSelfReferringAliasIsRefused() {
    assertThatThrownBy(() -> read("x: &x [*x]\nservices:\n  web:\n    image: busybox\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("alias");
  }

  @Test
  void aSyntaxErrorIsOneLineWithTheFileLineAndColumn() {
    assertThatThrownBy(() -> read("services:\n  web:\n    image: [busybox\n  db: {}\n"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"))
        .hasMessageContaining("compose.yaml:");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> read("services:\n  web:\n    image: a\n    image: b\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("duplicate key image");
  }

  @Test
  void somethingThatIsNotARegularFileIsRefusedBeforeItIsRead() {
    assertThatThrownBy(() -> ComposeFile.read(Path.of("/dev/zero"), Map.of(), dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a regular file");
    assertThatThrownBy(() -> ComposeFile.read(dir, Map.of(), dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a folder");
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsParsed() throws IOException {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[ComposeYaml.MAX_BYTES + 1]);

    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatThrownBy(() -> ComposeFile.read(big, Map.of(), dir))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("larger than 3 MiB"));
  }

  @Test
  void valuesOfTheWrongTypeAreRefusedWithTheirPath() {
    Map<String, String> cases =
        Map.of(
            "services:\n  web: 5\n", "services.web must be a mapping",
            "services:\n  web:\n    volumes: \"a:/b\"\n", "services.web.volumes must be a list",
            "services:\n  web:\n    volumes: [data:/d]\nvolumes:\n  data:\n    driver_opts: [a=b]\n",
                "volumes.data.driver_opts must be a mapping",
            "services:\n  web:\n    volumes: [{type: volume, target: /d, read_only: maybe}]\n",
                "read_only must be true or false",
            "services:\n  web:\n    volumes: [{type: tmpfs, target: /d, tmpfs: {size: -1}}]\n",
                "whole number of bytes",
            "services:\n  web:\n    volumes: [{type: tmpfs, target: /d, tmpfs: {size: 1e23}}]\n",
                "whole number of bytes",
            "services:\n  web:\n    volumes: [\"/a:/app\", \"/b:/app\"]\n", "duplicate mount point",
            "services:\n  web:\n    volumes: [\"/a:/app:ro,rw\"]\n", "cannot be combined",
            "services: [web]\n", "services must be a mapping");
    cases.forEach(
        (yaml, message) ->
            assertThatThrownBy(() -> read(yaml))
                .as(yaml)
                .isInstanceOf(InputException.class)
                .hasMessageContaining(message));
  }

  @Test
  void deeplyNestedDefaultsAreRefusedNotOverflowed() {
    String value = "${A:-".repeat(3000) + "x" + "}".repeat(3000);
    assertThatThrownBy(() -> read("services:\n  web:\n    image: \"" + value + "\"\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("nested deeper");
  }

  @Test
  void yaml11BooleansAndOctalModesReadAsComposeReadsThem() throws IOException {
    ComposeProject project =
        read(
            """
            services:
              web:
                volumes:
                  - {type: volume, source: data, target: /d, read_only: yes}
                  - {type: tmpfs, target: /t, tmpfs: {mode: 01777}}
            volumes:
              data: {}
            """);

    List<Mount> mounts = project.services().get(0).mounts();
    assertThat(mounts.get(0).readOnly()).isTrue();
    assertThat(((dev.storagelab.docker.mounts.TmpfsMount) mounts.get(1)).mode()).hasValue(01777);
  }

  private ComposeProject read(String yaml) throws IOException {
    Path file = dir.resolve("compose.yaml");
    Files.writeString(file, yaml);
    return ComposeFile.read(file, Map.of(), dir);
  }
}
