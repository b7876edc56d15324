package dev.storagelab.k8s.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.bridge.BridgePlan;
import dev.storagelab.k8s.bridge.GoldenCasesAccess;
import dev.storagelab.k8s.bridge.Manifest;
import dev.storagelab.k8s.testing.KubernetesSchema;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@EnableKubernetesMockClient(crud = true)
class ManifestRoundTripTest {

  KubernetesClient client;

  @Test
  void everyYamlDocumentParsesBackIntoTheSameObject() {
    for (Manifest manifest : GoldenCasesAccess.allManifests()) {
      HasMetadata read = ManifestYaml.read(ManifestYaml.write(manifest));

      assertThat(read).as(ManifestWriter.fileName(manifest.object())).isEqualTo(manifest.object());
    }
  }

  @Test
  void everyObjectIsValidByTheKubernetesApiSchema() {
    for (Manifest manifest : GoldenCasesAccess.allManifests()) {
      assertThat(KubernetesSchema.problem(manifest.object()))
          .as(ManifestWriter.fileName(manifest.object()))
          .isEmpty();
    }
  }

  @Test
  void theSchemaCheckRefusesWhatTheApiServerWould() {
    assertThat(
            KubernetesSchema.problem("Pod", "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"spek\":{}}"))
        .as("a field the schema does not have")
        .isPresent();
    assertThat(
            KubernetesSchema.problem(
                "PersistentVolumeClaim",
                "{\"kind\":\"PersistentVolumeClaim\",\"spec\":{\"accessModes\":\"ReadWriteOnce\"}}"))
        .as("a list written as a string")
        .isPresent();
    assertThat(
            KubernetesSchema.problem(
                "Pod", "{\"kind\":\"Pod\",\"spec\":{\"containers\":[{\"image\":\"busybox\"}]}}"))
        .as("a container without its required name")
        .isPresent();
  }

  @Test
  void everyObjectIsStoredByTheMockApiServerAndReadBackUnchanged() {
    for (Manifest manifest : GoldenCasesAccess.allManifests()) {
      HasMetadata object = manifest.object();
      client.resource(object).createOr(existing -> existing.update());

      HasMetadata stored = client.resource(object).get();

      assertThat(stored).as(ManifestWriter.fileName(object)).isNotNull();
      assertThat(ManifestYaml.json(strip(stored)))
          .as(ManifestWriter.fileName(object))
          .isEqualTo(ManifestYaml.json(strip(object)));
    }
  }

  @Test
  void filesAreWrittenInApplyOrderAndNeverOverwrittenWithoutForce(@TempDir Path dir)
      throws IOException {
    BridgePlan manifests = GoldenCasesAccess.plan("lesson-container");

    List<Path> files = ManifestWriter.write(dir, manifests, false);

    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "10-persistentvolume-default-data-volume-pv.yaml",
            "20-persistentvolumeclaim-data-volume.yaml",
            "30-pod-storage-lab-todo-web.yaml",
            "MAPPING.md");
    Files.writeString(files.get(2), "edited by hand");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ManifestWriter.write(dir, manifests, false))
        .isInstanceOf(ManifestWriter.FileExistsException.class)
        .hasMessageContaining("--force");
    assertThat(Files.readString(files.get(2))).isEqualTo("edited by hand");
    ManifestWriter.write(dir, manifests, true);
    assertThat(Files.readString(files.get(2))).contains("kind: Pod");
    try (var left = Files.list(dir)) {
      assertThat(left).hasSize(4);
    }
    try (var siblings = Files.list(dir.getParent())) {
      assertThat(siblings.filter(p -> p.getFileName().toString().contains("staging"))).isEmpty();
    }
  }

  /** The fields the server sets itself. */
  private static HasMetadata strip(HasMetadata object) {
    HasMetadata copy = ManifestYaml.read(ManifestYaml.json(object));
    copy.getMetadata().setResourceVersion(null);
    copy.getMetadata().setUid(null);
    copy.getMetadata().setCreationTimestamp(null);
    copy.getMetadata().setGeneration(null);
    copy.getMetadata().setManagedFields(null);
    if (copy.getMetadata().getNamespace() == null && object.getMetadata().getNamespace() == null) {
      copy.getMetadata().setNamespace(null);
    }
    return copy;
  }
}
