package dev.storagelab.k8s.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.k8s.cluster.ClusterRecognizer.Recognition;
import dev.storagelab.k8s.cluster.HostPaths.HostPath;
import dev.storagelab.k8s.manifests.ManifestYaml;
import io.fabric8.kubernetes.api.model.Node;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Local clusters recognised from recorded node objects, and what a hostPath means on each. */
class NodeClustersTest {

  private static final String DATA = "/var/lib/docker/volumes/data-volume/_data";

  @ParameterizedTest
  @CsvSource({
    "kind.yaml,           kind-kind,       KIND",
    "k3d.yaml,            k3d-lab,         K3D",
    "minikube.yaml,       minikube,        MINIKUBE",
    "docker-desktop.yaml, docker-desktop,  DOCKER_DESKTOP",
    "k3s.yaml,            default,         K3S",
  })
  void eachLocalClusterIsRecognisedFromItsNodes(String file, String context, ClusterKind kind) {
    Recognition byNodes =
        ClusterRecognizer.recognise("some-context", List.of(node(file)), n -> Optional.empty());
    Recognition withContext =
        ClusterRecognizer.recognise(context, List.of(node(file)), n -> Optional.empty());

    assertThat(byNodes.kind()).isEqualTo(kind);
    assertThat(withContext.kind()).isEqualTo(kind);
    assertThat(byNodes.evidence()).isNotEmpty();
  }

  @Test
  void aNodeThatIsAContainerOnTheEngineIsNamedAsEvidence() {
    Recognition recognition =
        ClusterRecognizer.recognise("kind-kind", List.of(node("kind.yaml")), bound(List.of()));

    assertThat(recognition.nodeContainers().keySet()).containsExactly("kind-control-plane");
    assertThat(recognition.evidence())
        .contains("node kind-control-plane is a container on the Docker engine");
  }

  @Test
  void aHostPathIsUnreachableOnANodeContainerUnlessTheFolderIsMountedIntoIt() {
    List<HostPath> paths = HostPaths.of(ApplierTest.objects("lesson-container").stream().toList());
    Recognition kind =
        ClusterRecognizer.recognise("kind-kind", List.of(node("kind.yaml")), bound(List.of()));
    Recognition kindWithMounts =
        ClusterRecognizer.recognise(
            "kind-kind",
            List.of(node("kind.yaml")),
            bound(List.of("/var/lib/docker/volumes", "/home/learner/.storage-lab/labs")));

    assertThat(paths).extracting(HostPath::path).contains(DATA);
    assertThat(HostPaths.unreachable(paths, kind)).extracting(HostPath::path).contains(DATA);
    assertThat(HostPaths.unreachable(paths, kindWithMounts)).isEmpty();
    Recognition k3s =
        ClusterRecognizer.recognise("default", List.of(node("k3s.yaml")), n -> Optional.empty());
    assertThat(HostPaths.unreachable(paths, k3s)).isEmpty();
  }

  @Test
  void theFixIsTheClustersOwn() {
    List<HostPath> missing = List.of(new HostPath("PersistentVolume/x", DATA));

    assertThat(String.join("\n", HostPaths.fix(ClusterKind.KIND, missing)))
        .contains("extraMounts:", "  - hostPath: " + DATA, "    containerPath: " + DATA);
    assertThat(String.join("\n", HostPaths.fix(ClusterKind.K3D, missing)))
        .contains("--volume " + DATA + ":" + DATA + "@all");
    assertThat(String.join("\n", HostPaths.fix(ClusterKind.MINIKUBE, missing)))
        .contains("minikube mount " + DATA + ":" + DATA);
    assertThat(String.join("\n", HostPaths.fix(ClusterKind.DOCKER_DESKTOP, missing)))
        .contains("--node docker-desktop");
  }

  @ParameterizedTest
  @CsvSource({
    "gke_acme_europe-west1_prod, gke_acme, https://34.1.2.3, OTHER, the context name",
    "admin@live-eu, live-eu, https://10.0.0.1:6443, OTHER, the context name",
    "team-dev, team-dev, https://api.team.example.com:6443, OTHER, the API server",
  })
  void aContextThatLooksLikeProductionSaysWhichRuleMatched(
      String context, String cluster, String server, ClusterKind kind, String rule) {
    assertThat(ProductionGuard.match(context, cluster, server, kind))
        .hasValueSatisfying(r -> assertThat(r).startsWith(rule));
  }

  @ParameterizedTest
  @CsvSource({
    "kind-kind, kind-kind, https://127.0.0.1:40123, KIND",
    "storage-lab, storage-lab, https://127.0.0.1:6443, STORAGE_LAB",
    "default, default, https://192.168.1.20:6443, K3S",
    "lab, lab, https://10.0.0.7:6443, OTHER",
  })
  void aLocalClusterIsNotProduction(
      String context, String cluster, String server, ClusterKind kind) {
    assertThat(ProductionGuard.match(context, cluster, server, kind)).isEmpty();
  }

  /** The engine as it answers for a kind node container with these folders bound into it. */
  private static Function<String, Optional<List<String>>> bound(List<String> folders) {
    return name -> name.equals("kind-control-plane") ? Optional.of(folders) : Optional.empty();
  }

  private static Node node(String file) {
    try (InputStream in = NodeClustersTest.class.getResourceAsStream("/nodes/" + file)) {
      return (Node) ManifestYaml.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
