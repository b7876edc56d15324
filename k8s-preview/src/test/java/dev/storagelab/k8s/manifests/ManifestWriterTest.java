package dev.storagelab.k8s.manifests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.GoldenCasesAccess;
import dev.storagelab.k8s.bridge.HostFacts;
import dev.storagelab.k8s.bridge.Workload;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The one writer: everything or nothing, MAPPING.md last, readable manifests, private secrets. */
class ManifestWriterTest {

  @TempDir Path parent;

  private final BridgePlan plan = GoldenCasesAccess.plan("plugin-credentials");

  @Test
  void aNewFolderGetsEveryFileSharedButTheSecret() throws IOException {
    Path dir = parent.resolve("out");

    List<Path> files = ManifestWriter.write(dir, plan, false);

    assertThat(files.get(files.size() - 1).getFileName().toString()).isEqualTo("MAPPING.md");
    for (Path file : files) {
      String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
      assertThat(mode)
          .as(file.getFileName().toString())
          .isEqualTo(
              file.getFileName().toString().contains("-secret-") ? "rw-------" : "rw-r--r--");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
        .isEqualTo("rwxr-xr-x");
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void anExistingMappingIsNeverOverwrittenWithoutForce() throws IOException {
    Path dir = Files.createDirectories(parent.resolve("out"));
    Files.writeString(dir.resolve("MAPPING.md"), "mine");

    assertThatThrownBy(() -> ManifestWriter.write(dir, plan, false))
        .isInstanceOf(ManifestWriter.FileExistsException.class)
        .hasMessageContaining("MAPPING.md");
    assertThat(dir.resolve("MAPPING.md")).content().isEqualTo("mine");
    assertThat(list(dir)).containsExactly("MAPPING.md");
  }

  @Test
  void aTargetThatIsNotAPlainFileStopsEverythingBeforeAnythingIsWritten() throws IOException {
    Path dir = Files.createDirectories(parent.resolve("out"));
    Files.createDirectories(dir.resolve("MAPPING.md"));

    assertThatThrownBy(() -> ManifestWriter.write(dir, plan, true))
        .isInstanceOf(ManifestWriter.ManifestWriteException.class)
        .hasMessageContaining("not a plain file");
    assertThat(list(dir)).containsExactly("MAPPING.md");
  }

  @Test
  void aStagingFolderLeftByAKilledRunIsRemovedByTheNext() throws IOException {
    long dead = ProcessHandle.current().pid() + 4_000_000;
    Path stale = Files.createDirectories(parent.resolve(".storage-lab-staging-" + dead + "-123"));
    Files.writeString(stale.resolve("10-persistentvolume-x.yaml"), "half");

    ManifestWriter.write(parent.resolve("out"), plan, false);

    assertThat(stale).doesNotExist();
    assertThat(siblings()).containsExactly("out");
  }

  @Test
  void intoAnExistingFolderWithForceTheOldFilesAreReplacedAndOthersKept() throws IOException {
    Path dir = Files.createDirectories(parent.resolve("out"));
    Files.writeString(dir.resolve("README"), "kept");
    ManifestWriter.write(dir, plan, false);
    Files.writeString(dir.resolve("MAPPING.md"), "stale");

    ManifestWriter.write(dir, plan, true);

    assertThat(dir.resolve("README")).content().isEqualTo("kept");
    assertThat(dir.resolve("MAPPING.md")).content().startsWith("# db:");
    assertThat(siblings()).containsExactly("out");
  }

  private List<String> siblings() throws IOException {
    return list(parent);
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aHostPathWithLineBreaksStaysInsideItsStringItsCommentAndItsRow() throws IOException {
    String source = "/srv/a\nkind: Secret\r\u2028b\u0085c";
    RunLine run =
        RunLine.parse(
            "docker run --mount 'type=bind,\"source=" + source + "\",target=/data' app:1",
            new ParseContext(Path.of("/work"), VolumeMount.LOCAL, false));
    BridgePlan hostile =
        Bridge.plan(
            "app",
            List.of(new Workload("app", run.image(), run.command(), run.mounts())),
            new HostFacts(Optional.empty(), Map.of(), Map.of(), List.of()),
            BridgeOptions.defaults());

    List<Path> files = ManifestWriter.write(parent.resolve("out"), hostile, false);

    for (Path file : files.subList(0, files.size() - 1)) {
      String yaml = Files.readString(file);
      String comment = yaml.substring(0, yaml.indexOf("---\n"));
      assertThat(comment.split("\\R")).as(file.toString()).allMatch(l -> l.startsWith("#"));
      List<Object> documents = new ArrayList<>();
      new Yaml().loadAll(yaml).forEach(documents::add);
      assertThat(documents).as(file.toString()).hasSize(1);
    }
    Pod pod = (Pod) ManifestYaml.read(Files.readString(files.get(0)));
    assertThat(pod.getSpec().getVolumes().get(0).getHostPath().getPath()).isEqualTo(source);
    String mapping = Files.readString(files.get(files.size() - 1));
    int start = mapping.indexOf("| workload");
    String table = mapping.substring(start, mapping.indexOf("\n\n", start));
    assertThat(table.split("\\R"))
        .hasSize(2 + hostile.rows().size())
        .allMatch(row -> row.startsWith("|") && row.endsWith("|"));
  }
}
