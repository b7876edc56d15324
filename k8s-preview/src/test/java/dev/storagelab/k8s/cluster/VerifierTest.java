package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.testing.ApplyingMockCluster;
import dev.storagelab.k8s.testing.FakeKubelet;
import dev.storagelab.lesson.Check;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void dataThatDiesWithThePodFailsTheClaimThatItOutlivesThePod() {
    List<HasMetadata> objects = ApplierTest.objects("lesson-container");
    new Applier(cluster.client).apply(objects, false, a -> {});
    kubelet = new FakeKubelet(cluster.client, true);
    Disk disk = new Disk(objects, List.of("index.html", "test-demo"));
    disk.wipedWhenThePodIsReplaced = true;

    List<Check> checks = verifier(disk).verify(objects, List.of("test-demo"));

    assertThat(checks.get(2).holds()).as("the first pod sees the data").isTrue();
    assertThat(checks.get(3).claim()).startsWith("Deleting the pod keeps the data");
    assertThat(checks.get(3).holds()).as(checks.get(3).toString()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"storage-lab-todo-web", "another-app"})
  void theAppAnswersThroughAServiceThatSelectsItsPodAndNotThroughOneThatSelectsNone(
      String selected) {
    List<HasMetadata> objects = new ArrayList<>(ApplierTest.objects("lesson-container"));
    objects.add(
        new ServiceBuilder()
            .withNewMetadata()
            .withName("storage-lab-todo-web")
            .withNamespace("default")
            .endMetadata()
            .withNewSpec()
            .withSelector(Map.of("app.kubernetes.io/name", selected))
            .addNewPort()
            .withPort(8080)
            .withNewTargetPort(8080)
            .endPort()
            .endSpec()
            .build());
    new Applier(cluster.client).apply(objects, false, a -> {});
    kubelet = new FakeKubelet(cluster.client, true);

    List<Check> checks =
        verifier(List.of("index.html", "test-demo")).verify(objects, List.of("test-demo"));

    Check served = checks.get(checks.size() - 1);
    assertThat(served.claim()).isEqualTo("The app answers through its Service");
    assertThat(served.evidence().toString())
        .contains("wget http://storage-lab-todo-web.default.svc:8080/");
    assertThat(served.holds()).as(selected).isEqualTo(selected.equals("storage-lab-todo-web"));
  }

  @Test
  void dataThatDiesWithTheClaimFailsTheClaimThatRetainKeepsIt() {
    List<HasMetadata> objects = ApplierTest.objects("lesson-container");
    new Applier(cluster.client).apply(objects, false, a -> {});
    kubelet = new FakeKubelet(cluster.client, true);
    Disk disk = new Disk(objects, List.of("index.html", "test-demo"));
    disk.wipedWhenTheClaimGoes = true;

    List<Check> checks = verifier(disk).verify(objects, List.of("test-demo"));

    assertThat(checks.get(3).holds()).as("the replacement pod sees the data").isTrue();
    assertThat(checks.get(4).claim()).startsWith("Deleting the claim leaves its volume Released");
    assertThat(checks.get(4).holds()).as(checks.get(4).toString()).isFalse();
  }

  private Verifier verifier(List<String> inVolume) {
    return verifier(new Disk(ApplierTest.objects("lesson-container"), inVolume));
  }

  private Verifier verifier(Disk disk) {
    return new Verifier(cluster.client, disk, Duration.ofSeconds(3), what -> {});
  }

  /**
   * The node's disk behind the cluster: a pod's folder is the data of the volume its claim is bound
   * to now, read through the live objects, so that what the verifier deletes decides what it sees.
   * A fault can wipe the data with the pod (as an emptyDir would) or with the claim (as a Delete
   * reclaim policy would).
   */
  private final class Disk implements PodFiles {
    private final Map<String, List<String>> folders = new HashMap<>();
    private final Set<String> podsSeen = new HashSet<>();
    boolean wipedWhenThePodIsReplaced;
    boolean wipedWhenTheClaimGoes;

    Disk(List<HasMetadata> objects, List<String> files) {
      for (HasMetadata object : objects) {
        if (object instanceof PersistentVolume pv && pv.getSpec().getHostPath() != null) {
          folders.put(pv.getSpec().getHostPath().getPath(), new ArrayList<>(files));
        }
      }
    }

    @Override
    public List<String> list(String namespace, String name, String container, String path) {
      listed.add(name + ":" + path);
      Pod pod = cluster.client.pods().inNamespace(namespace).withName(name).get();
      if (pod == null) {
        throw new ClusterException("no pod " + name);
      }
      String folder = folderOf(pod, container, path);
      if (podsSeen.add(pod.getMetadata().getUid())
          && podsSeen.size() > 1
          && wipedWhenThePodIsReplaced) {
        folders.put(folder, new ArrayList<>());
      }
      return List.copyOf(folders.getOrDefault(folder, List.of()));
    }

    /** A Service answers when it selects a pod the cluster has Running. */
    @Override
    public Optional<String> fetch(String namespace, String pod, String container, String url) {
      String name = url.replaceFirst("^http://", "").split("[.:]")[0];
      var service = cluster.client.services().inNamespace(namespace).withName(name).get();
      if (service == null) {
        return Optional.empty();
      }
      boolean selects =
          cluster.client.pods().inNamespace(namespace).list().getItems().stream()
              .filter(
                  p -> "Running".equals(p.getStatus() == null ? null : p.getStatus().getPhase()))
              .anyMatch(
                  p ->
                      p.getMetadata().getLabels() != null
                          && p.getMetadata()
                              .getLabels()
                              .entrySet()
                              .containsAll(service.getSpec().getSelector().entrySet()));
      return selects ? Optional.of("<html>the to-do app</html>") : Optional.empty();
    }

    @Override
    public Optional<List<String>> onHost(String path) {
      boolean claimed =
          cluster.client.persistentVolumeClaims().inAnyNamespace().list().getItems().stream()
              .anyMatch(c -> path.equals(hostPath(c.getSpec().getVolumeName())));
      if (!claimed && wipedWhenTheClaimGoes) {
        folders.put(path, new ArrayList<>());
      }
      return Optional.of(List.copyOf(folders.getOrDefault(path, List.of())));
    }

    private String folderOf(Pod pod, String container, String path) {
      String volume =
          pod.getSpec().getContainers().stream()
              .filter(c -> c.getName().equals(container))
              .flatMap(c -> c.getVolumeMounts().stream())
              .filter(m -> m.getMountPath().equals(path))
              .map(VolumeMount::getName)
              .findFirst()
              .orElseThrow();
      String claim =
          pod.getSpec().getVolumes().stream()
              .filter(v -> v.getName().equals(volume))
              .map(v -> v.getPersistentVolumeClaim().getClaimName())
              .findFirst()
              .orElseThrow();
      PersistentVolumeClaim live =
          cluster
              .client
              .persistentVolumeClaims()
              .inNamespace(pod.getMetadata().getNamespace())
              .withName(claim)
              .get();
      return live == null ? "" : hostPath(live.getSpec().getVolumeName());
    }

    private String hostPath(String volumeName) {
      PersistentVolume pv =
          volumeName == null ? null : cluster.client.persistentVolumes().withName(volumeName).get();
      return pv == null || pv.getSpec().getHostPath() == null
          ? ""
          : pv.getSpec().getHostPath().getPath();
    }
  }
}
