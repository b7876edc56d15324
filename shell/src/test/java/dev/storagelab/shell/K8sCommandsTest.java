package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.manifests.ManifestYaml;
import dev.storagelab.k8s.testing.KubernetesSchema;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.Pod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class K8sCommandsTest {

  private static final String RUN =
      "docker run -v data-volume:/app -v /srv/site:/site:ro --tmpfs /cache:size=64m busybox";

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @TempDir Path dir;

  @Test
  void generateWritesValidManifestsForAllThreeMounts() throws IOException {
    Path out = dir.resolve("out");

    ShellRun run = ShellRun.of(shell, "k8s", "generate", "--run", RUN, "--out", out.toString());

    assertThat(run.code()).as(run.err()).isZero();
    List<HasMetadata> objects = yamlFiles(out).stream().map(ManifestYaml::read).toList();
    assertThat(objects)
        .allSatisfy(
            object -> assertThat(KubernetesSchema.problem(object)).as(object.getKind()).isEmpty());
    assertThat(objects)
        .extracting(HasMetadata::getKind)
        .containsExactly("PersistentVolume", "PersistentVolumeClaim", "Pod");
    PersistentVolume pv = (PersistentVolume) objects.get(0);
    assertThat(pv.getSpec().getHostPath().getPath()).endsWith("/volumes/data-volume/_data");
    Pod pod = (Pod) objects.get(2);
    assertThat(pod.getSpec().getContainers().get(0).getVolumeMounts())
        .extracting(m -> m.getMountPath())
        .containsExactly("/app", "/site", "/cache");
    assertThat(pod.getSpec().getVolumes().get(1).getHostPath().getPath()).isEqualTo("/srv/site");
    assertThat(pod.getSpec().getVolumes().get(2).getEmptyDir().getMedium()).isEqualTo("Memory");
    assertThat(Files.readString(out.resolve("MAPPING.md"))).contains("emptyDir (medium: Memory)");
  }

  @Test
  void existingFilesAreNeverOverwrittenWithoutForce() throws IOException {
    Path out = dir.resolve("out");
    ShellRun.of(shell, "k8s", "generate", "--run", RUN, "--out", out.toString());
    Path pod = out.resolve("30-pod-busybox.yaml");
    Files.writeString(pod, "mine");

    ShellRun again = ShellRun.of(shell, "k8s", "generate", "--run", RUN, "--out", out.toString());

    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).contains("--force");
    assertThat(Files.readString(pod)).isEqualTo("mine");
    assertThat(
            ShellRun.of(shell, "k8s", "generate", "--run", RUN, "--out", out.toString(), "--force")
                .code())
        .isZero();
    assertThat(Files.readString(pod)).contains("kind: Pod");
  }

  @Test
  void previewAsJsonGivesTheRowsAndTheObjects() {
    ShellRun run =
        ShellRun.of(
            shell,
            "k8s",
            "preview",
            "--run",
            RUN,
            "--kind",
            "deployment",
            "--size",
            "5Gi",
            "--json");

    assertThat(run.code()).as(run.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.path("rows").size()).isEqualTo(3);
    assertThat(json.path("rows").path(0).path("reason").asString()).contains("Retain");
    assertThat(json.path("objects").path(2).path("kind").asString()).isEqualTo("Deployment");
    assertThat(
            json.path("objects").path(0).path("spec").path("capacity").path("storage").asString())
        .isEqualTo("5Gi");
    assertThat(json.path("podSecurityLevel").asString()).isEqualTo("privileged");
  }

  @Test
  @dev.storagelab.docker.testing.RequiresEngine
  void aVolumeOnItsOwnGivesAVolumeAndAClaimButNoPod() {
    String volume = "k8s-cmd-test-" + System.nanoTime();
    dev.storagelab.docker.testing.DockerCli.ok("volume", "create", volume);
    try {
      ShellRun run = ShellRun.of(shell, "k8s", "preview", "--volume", volume, "--json");

      assertThat(run.code()).as(run.err()).isZero();
      JsonNode objects = JsonMapper.builder().build().readTree(run.out()).path("objects");
      assertThat(objects.size()).isEqualTo(2);
      assertThat(objects.path(0).path("spec").path("hostPath").path("path").asString())
          .endsWith("/volumes/" + volume + "/_data");
      assertThat(objects.path(1).path("kind").asString()).isEqualTo("PersistentVolumeClaim");
    } finally {
      dev.storagelab.docker.testing.DockerCli.run("volume", "rm", volume);
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(ShellRun.of(shell, "k8s", "preview").code()).isEqualTo(2);
    assertThat(ShellRun.of(shell, "k8s", "preview", "--run", RUN, "--kind", "job").err())
        .contains("--kind takes pod, deployment or statefulset");
    assertThat(ShellRun.of(shell, "k8s", "preview", "--run", RUN, "--size", "lots").code())
        .isEqualTo(2);
    assertThat(ShellRun.of(shell, "k8s", "preview", "--run", RUN, "--volume", "x").err())
        .contains("exactly one source");
  }

  private static List<String> yamlFiles(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files
          .filter(f -> f.toString().endsWith(".yaml"))
          .sorted()
          .map(
              f -> {
                try {
                  return Files.readString(f);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
