package dev.storagelab.k8s.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.manifests.ManifestWriter;
import dev.storagelab.k8s.manifests.ManifestYaml;
import dev.storagelab.k8s.manifests.MappingReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
    assertThat(GoldenCases.all()).hasSizeGreaterThanOrEqualTo(13);
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
