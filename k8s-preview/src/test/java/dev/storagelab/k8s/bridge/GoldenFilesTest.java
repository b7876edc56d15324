package dev.storagelab.k8s.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.manifests.ManifestWriter;
import dev.storagelab.k8s.manifests.ManifestYaml;
import dev.storagelab.k8s.manifests.MappingReport;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeSpec;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.TestAbortedException;

/**
 * The reference outputs under {@code manifests/examples/} are what the bridge produces today. After
 * an intended change, regenerate them with {@code -Dstoragelab.updateGoldens=true} and review the
 * diff.
 */
class GoldenFilesTest {

  static final Path EXAMPLES =
      Path.of(System.getProperty("storagelab.examples", "../manifests/examples"));

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesItsReferenceFiles() {
    boolean update = Boolean.getBoolean("storagelab.updateGoldens");
    return GoldenCases.all().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Map<String, String> expected = render(c.plan());
                      Path dir = EXAMPLES.resolve(c.name());
                      if (update) {
                        write(dir, expected);
                        // What was just written cannot be compared with itself: no pass here.
                        throw new TestAbortedException(
                            "manifests/examples/"
                                + c.name()
                                + " rewritten: review the diff, then run without"
                                + " -Dstoragelab.updateGoldens");
                      }
                      assertThat(read(dir))
                          .as("files of manifests/examples/" + c.name())
                          .isEqualTo(expected);
                    }));
  }

  @Test
  void credentialsInVolumeOptionsNeverReachTheManifests() {
    for (String name :
        List.of(
            "cifs-volume", "plugin-credentials", "plugin-credentials-dynamic", "nfs-password")) {
      Map<String, String> files = render(GoldenCasesAccess.plan(name));

      assertThat(String.join("\n", files.values()))
          .as(name)
          .contains("REDACTED")
          .doesNotContain("S3cret-pw");
    }
  }

  @Test
  void aVolumesCredentialsBecomeAReferenceToASecretOfPlaceholders() {
    Map<String, String> files = render(GoldenCasesAccess.plan("plugin-credentials"));

    assertThat(files.get("05-secret-db-data-credentials.yaml"))
        .contains("kind: Secret")
        .contains("secretkey: REPLACE-ME")
        .contains("kubectl create secret generic db-data-credentials");
    assertThat(files.get("10-persistentvolume-default-db-data-pv.yaml"))
        .contains("nodePublishSecretRef")
        .contains("name: db-data-credentials")
        .contains("size: \"20\"");
    assertThat(render(GoldenCasesAccess.plan("plugin-credentials-dynamic")).values())
        .anySatisfy(f -> assertThat(f).contains("csi.storage.k8s.io/node-publish-secret-name"));
  }

  @Test
  void thereAreReferenceCasesForEveryKindOfMapping() {
    Set<String> kinds = new TreeSet<>();
    for (GoldenCases.Case c : GoldenCases.all()) {
      for (Manifest manifest : c.plan().manifests()) {
        kinds.addAll(kindsOfMapping(manifest.object()));
      }
    }

    assertThat(kinds)
        .as("what the reference cases map Docker storage to")
        .contains(
            "PersistentVolume hostPath",
            "PersistentVolume local",
            "PersistentVolume nfs",
            "PersistentVolume csi",
            "PersistentVolumeClaim",
            "StorageClass",
            "Secret",
            "volume hostPath",
            "volume emptyDir",
            "volume emptyDir Memory",
            "volume persistentVolumeClaim",
            "volume secret",
            "volume configMap",
            "Deployment",
            "StatefulSet");
  }

  /** What one object shows of the mapping: its kind, its volume's source, its pod's volumes. */
  private static Set<String> kindsOfMapping(HasMetadata object) {
    Set<String> kinds = new TreeSet<>();
    kinds.add(object.getKind());
    if (object instanceof PersistentVolume pv) {
      PersistentVolumeSpec spec = pv.getSpec();
      if (spec.getHostPath() != null) {
        kinds.add("PersistentVolume hostPath");
      }
      if (spec.getLocal() != null) {
        kinds.add("PersistentVolume local");
      }
      if (spec.getNfs() != null) {
        kinds.add("PersistentVolume nfs");
      }
      if (spec.getCsi() != null) {
        kinds.add("PersistentVolume csi");
      }
    }
    PodSpec pod =
        object instanceof Pod p
            ? p.getSpec()
            : object instanceof Deployment d
                ? d.getSpec().getTemplate().getSpec()
                : object instanceof StatefulSet s ? s.getSpec().getTemplate().getSpec() : null;
    if (pod != null) {
      for (Volume volume : pod.getVolumes()) {
        if (volume.getHostPath() != null) {
          kinds.add("volume hostPath");
        }
        if (volume.getEmptyDir() != null) {
          kinds.add(
              "Memory".equals(volume.getEmptyDir().getMedium())
                  ? "volume emptyDir Memory"
                  : "volume emptyDir");
        }
        if (volume.getPersistentVolumeClaim() != null) {
          kinds.add("volume persistentVolumeClaim");
        }
        if (volume.getSecret() != null) {
          kinds.add("volume secret");
        }
        if (volume.getConfigMap() != null) {
          kinds.add("volume configMap");
        }
      }
    }
    return kinds;
  }

  static Map<String, String> render(BridgePlan plan) {
    Map<String, String> files = new TreeMap<>();
    for (Manifest manifest : plan.manifests()) {
      files.put(ManifestWriter.fileName(manifest.object()), ManifestYaml.write(manifest));
    }
    files.put("MAPPING.md", MappingReport.markdown(plan));
    return files;
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> list = Files.list(dir)) {
        for (Path file : list.toList()) {
          files.put(file.getFileName().toString(), Files.readString(file));
        }
      }
    }
    return files;
  }

  private static void write(Path dir, Map<String, String> files) throws IOException {
    if (Files.isDirectory(dir)) {
      try (Stream<Path> list = Files.list(dir)) {
        for (Path old : new ArrayList<>(list.toList())) {
          Files.delete(old);
        }
      }
    }
    Files.createDirectories(dir);
    for (var entry : files.entrySet()) {
      Files.writeString(dir.resolve(entry.getKey()), entry.getValue());
    }
  }

  static List<Manifest> allManifests() {
    return GoldenCases.all().stream().flatMap(c -> c.plan().manifests().stream()).toList();
  }
}
