package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.lesson.Check;
import dev.storagelab.k8s.testing.ApplyingMockCluster;
import dev.storagelab.k8s.testing.FakeKubelet;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VerifierTest {

  private final ApplyingMockCluster cluster = new ApplyingMockCluster();
  private final List<String> listed = new ArrayList<>();
  private FakeKubelet kubelet;

  @AfterEach
  void close() {
    if (kubelet != null) {
      kubelet.close();
    }
    cluster.close();
  }

  @Test
  void everyClaimOfTheBridgeIsProvedOnTheClusterAndTheObjectsArePutBack() {
    List<HasMetadata> objects = ApplierTest.objects("lesson-container");
    new Applier(cluster.client).apply(objects, false, a -> {});

    kubelet = new FakeKubelet(cluster.client, true);

    List<Check> checks =
        verifier(List.of("index.html", "test-demo")).verify(objects, List.of("test-demo"));

    assertThat(checks)
        .extracting(Check::claim)
        .containsExactly(
            "Every claim is Bound to the volume made for it",
            "The pod is Running",
            "The pod sees the Docker data, not an empty folder",
            "Deleting the pod keeps the data: its replacement sees the same",
            "Deleting the claim leaves its volume Released, Retain keeping the data",
            "Made again, every claim binds to its volume again");
    assertThat(checks).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
    assertThat(checks.get(0).evidence().toString()).contains("Bound to default-data-volume-pv");
    assertThat(listed).contains("storage-lab-todo-web:/app");
    assertThat(cluster.client.pods().inNamespace("default").withName("storage-lab-todo-web").get())
        .isNotNull();
  }

  @Test
  void aClaimThatNeverBindsFailsAndStopsThere() {
    List<HasMetadata> objects = ApplierTest.objects("lesson-container");
    new Applier(cluster.client).apply(objects, false, a -> {});

    kubelet = new FakeKubelet(cluster.client, false);

    List<Check> checks = verifier(List.of("test-demo")).verify(objects, List.of());

    assertThat(checks).hasSize(1);
    assertThat(checks.get(0).holds()).isFalse();
    assertThat(checks.get(0).evidence().toString()).contains("Pending");
  }

  @Test
  void anEmptyFolderInThePodIsTheTrapAndFails() {
    List<HasMetadata> objects = ApplierTest.objects("lesson-container");
    new Applier(cluster.client).apply(objects, false, a -> {});

    kubelet = new FakeKubelet(cluster.client, true);

    List<Check> checks = verifier(List.of()).verify(objects, List.of("test-demo"));

    assertThat(checks.get(2).claim()).startsWith("The pod sees the Docker data");
    assertThat(checks.get(2).holds()).isFalse();
  }

  private Verifier verifier(List<String> inVolume) {
    PodFiles files =
        new PodFiles() {
          @Override
          public List<String> list(String namespace, String pod, String container, String path) {
            listed.add(pod + ":" + path);
            return inVolume;
          }

          @Override
          public Optional<List<String>> onHost(String path) {
            return Optional.of(inVolume);
          }
        };
    return new Verifier(cluster.client, files, Duration.ofSeconds(3), what -> {});
  }
}
