package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.GoldenCasesAccess;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.testing.ApplyingMockCluster;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplierTest {

  private final ApplyingMockCluster cluster = new ApplyingMockCluster();
  private final io.fabric8.kubernetes.client.KubernetesClient client = cluster.client;

  @AfterEach
  void close() {
    cluster.close();
  }

  @Test
  void appliesInDependencyOrderAndASecondApplyChangesNothing() {
    List<HasMetadata> objects = objects("compose-secrets-configs");
    List<String> order = new ArrayList<>();

    List<Applier.Applied> first =
        new Applier(client).apply(objects, false, a -> order.add(a.kind()));

    assertThat(order)
        .containsExactly(
            "ConfigMap",
            "ConfigMap",
            "Secret",
            "Secret",
            "PersistentVolume",
            "PersistentVolumeClaim",
            "Pod");
    assertThat(first).extracting(Applier.Applied::outcome).containsOnly(Applier.Outcome.CREATED);
    assertThat(client.persistentVolumeClaims().inNamespace("default").list().getItems()).hasSize(1);

    List<Applier.Applied> second = new Applier(client).apply(objects, false, a -> {});

    assertThat(second).extracting(Applier.Applied::outcome).containsOnly(Applier.Outcome.UNCHANGED);
  }

  @Test
  void aNamespaceIsMadeBeforeWhatGoesIntoIt() {
    List<HasMetadata> objects = new ArrayList<>();
    for (HasMetadata o : objects("lesson-container")) {
      if (o.getMetadata().getNamespace() != null) {
        o.getMetadata().setNamespace("course");
      }
      objects.add(o);
    }

    List<Applier.Applied> applied = new Applier(client).apply(objects, false, a -> {});

    assertThat(applied.get(0).kind()).isEqualTo("Namespace");
    assertThat(client.namespaces().withName("course").get()).isNotNull();
    assertThat(client.pods().inNamespace("course").list().getItems()).hasSize(1);
  }

  @Test
  void aDryRunStoresNothing() {
    List<Applier.Applied> applied =
        new Applier(client).apply(objects("lesson-container"), true, a -> {});

    assertThat(applied)
        .extracting(Applier.Applied::outcome)
        .containsOnly(Applier.Outcome.WOULD_CREATE);
    assertThat(client.persistentVolumes().list().getItems()).isEmpty();
    assertThat(client.pods().inNamespace("default").list().getItems()).isEmpty();
  }

  static List<HasMetadata> objects(String goldenCase) {
    BridgePlan plan = GoldenCasesAccess.plan(goldenCase);
    return plan.manifests().stream().map(Manifest::object).toList();
  }
}
