package dev.storagelab.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.k8s.testing.ApplyingMockCluster;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code k8s cluster}, {@code k8s apply} and {@code k8s verify} against fabric8's mock API server
 * (taught server-side apply), reached through a kubeconfig as a learner's cluster would be.
 */
class ClusterCommandsTest {

  private static final String RUN = "docker run -v data-volume:/app -v /srv/site:/site:ro busybox";

  @AutoClose final CommandTable table = new CommandTable("");
  final OneShotRunner shell = new OneShotRunner(table);

  @TempDir Path dir;

  private ApplyingMockCluster cluster;
  private Path manifests;

  @BeforeEach
  void generate() {
    cluster = new ApplyingMockCluster();
    manifests = dir.resolve("out");
    ShellRun generated =
        ShellRun.of(shell, "k8s", "generate", "--run", RUN, "--out", manifests.toString());
    assertThat(generated.code()).as(generated.err()).isZero();
  }

  @AfterEach
  void close() {
    System.clearProperty("kubeconfig");
    cluster.close();
  }

  @Test
  void appliesInOrderAndAgainChangesNothing() throws IOException {
    kubeconfig("lab");

    ShellRun first = ShellRun.of(shell, "k8s", "apply", manifests.toString());
    ShellRun second = ShellRun.of(shell, "k8s", "apply", manifests.toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .containsSubsequence(
            "created  PersistentVolume default-data-volume-pv",
            "created  PersistentVolumeClaim default/data-volume",
            "created  Pod default/busybox");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out())
        .contains(
            "unchanged  PersistentVolume default-data-volume-pv",
            "unchanged  PersistentVolumeClaim default/data-volume",
            "unchanged  Pod default/busybox")
        .doesNotContain("created", "configured");
    assertThat(cluster.client.persistentVolumes().withName("default-data-volume-pv").get())
        .isNotNull();
  }

  @Test
  void aDryRunStoresNothingAndJsonSaysWhatWouldHappen() throws IOException {
    kubeconfig("lab");

    ShellRun run = ShellRun.of(shell, "k8s", "apply", manifests.toString(), "--dry-run", "--json");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"dryRun\" : true", "\"outcome\" : \"WOULD_CREATE\"");
    assertThat(cluster.client.persistentVolumes().list().getItems()).isEmpty();
  }

  @Test
  void aContextThatLooksLikeProductionIsRefusedUnlessYes() throws IOException {
    kubeconfig("prod-eu");

    ShellRun refused = ShellRun.of(shell, "k8s", "apply", manifests.toString());

    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .contains("looks like production (the context name prod-eu contains prod")
        .contains("--yes");
    assertThat(cluster.client.persistentVolumes().list().getItems()).isEmpty();
    assertThat(ShellRun.of(shell, "k8s", "apply", manifests.toString(), "--yes").code()).isZero();
  }

  @Test
  void aHostPathAKindNodeCannotSeeIsNeverAppliedAndTheFixIsShown() throws IOException {
    kubeconfig("kind-kind");
    cluster
        .client
        .resource(
            new NodeBuilder()
                .withNewMetadata()
                .withName("kind-control-plane")
                .endMetadata()
                .withNewSpec()
                .withProviderID("kind://docker/kind/kind-control-plane")
                .endSpec()
                .build())
        .create();

    ShellRun run = ShellRun.of(shell, "k8s", "apply", manifests.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("Nothing was applied").contains("kind node");
    assertThat(run.out()).contains("extraMounts:", "containerPath: /var/lib/docker/volumes");
    assertThat(cluster.client.persistentVolumes().list().getItems()).isEmpty();
  }

  @Test
  void anUnknownContextAndAMissingClusterAreClearErrors() throws IOException {
    kubeconfig("lab");

    ShellRun unknown =
        ShellRun.of(shell, "k8s", "apply", manifests.toString(), "--context", "nope");
    System.setProperty("kubeconfig", dir.resolve("none").toString());
    ShellRun none = ShellRun.of(shell, "k8s", "verify", manifests.toString());

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err())
        .contains("--context \"nope\" is in no kubeconfig; the contexts are: lab");
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("k8s cluster start");
  }

  @Test
  @RequiresEngine
  void clusterStartAnswersAtOnceWithoutAK3sImage() {
    Instant start = Instant.now();

    ShellRun run =
        ShellRun.of(shell, "k8s", "cluster", "start", "--image", "rancher/k3s:v0.0.0-absent");

    assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err())
        .contains("docker pull rancher/k3s:v0.0.0-absent")
        .contains("docker load -i k3s.tar");
    assertThat(ShellRun.of(shell, "k8s", "cluster", "status").code()).isEqualTo(1);
  }

  private void kubeconfig(String context) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("kubeconfig-" + context),
            """
            apiVersion: v1
            kind: Config
            clusters:
            - name: %1$s
              cluster:
                server: %2$s
                insecure-skip-tls-verify: true
            contexts:
            - name: %1$s
              context:
                cluster: %1$s
                user: learner
            current-context: %1$s
            users:
            - name: learner
              user:
                token: lesson
            """
                .formatted(context, cluster.client.getMasterUrl()));
    System.setProperty("kubeconfig", file.toString());
  }
}
