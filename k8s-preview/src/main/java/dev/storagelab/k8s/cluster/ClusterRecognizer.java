package dev.storagelab.k8s.cluster;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.Engine;
import io.fabric8.kubernetes.api.model.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Recognises a local cluster from what it shows: the context's name, and its nodes' names, labels
 * and provider IDs, and whether a node is a container on the Docker engine. Each finding is kept as
 * evidence.
 */
public final class ClusterRecognizer {

  /** The label storage-lab puts on its own k3s node, which k3s copies to the node object. */
  public static final String STORAGE_LAB_NODE = "storagelab.dev/cluster";

  private ClusterRecognizer() {}

  /**
   * What was recognised.
   *
   * @param kind the cluster's kind
   * @param evidence what showed it
   * @param nodeContainers the nodes that are containers on the Docker engine, each with the host
   *     folders bound into it at the same path
   */
  public record Recognition(
      ClusterKind kind, List<String> evidence, Map<String, List<String>> nodeContainers) {

    public Recognition {
      evidence = List.copyOf(evidence);
      nodeContainers = Collections.unmodifiableMap(new LinkedHashMap<>(nodeContainers));
    }
  }

  /**
   * Recognises the cluster a connection reaches, asking the Docker engine, when one answers, which
   * nodes are its containers.
   */
  public static Recognition recognise(ClusterConnection connection, Optional<Engine> engine) {
    return recognise(
        connection.context(),
        connection.client().nodes().list().getItems(),
        name ->
            engine.flatMap(e -> e.inspectContainer(name)).map(ContainerInspect::bindsAtSamePath));
  }

  /**
   * Recognises the cluster.
   *
   * @param context the kubeconfig context's name
   * @param nodes the cluster's nodes
   * @param engineContainer the host folders bound at the same path into the container of that name
   *     on the Docker engine; empty when there is no such container
   */
  public static Recognition recognise(
      String context, List<Node> nodes, Function<String, Optional<List<String>>> engineContainer) {
    List<String> evidence = new ArrayList<>();
    Map<String, List<String>> containers = new LinkedHashMap<>();
    for (Node node : nodes) {
      String name = node.getMetadata().getName();
      engineContainer.apply(name).ifPresent(binds -> containers.put(name, binds));
    }
    containers
        .keySet()
        .forEach(n -> evidence.add("node " + n + " is a container on the Docker engine"));
    ClusterKind kind = ClusterKind.OTHER;
    for (Node node : nodes) {
      String name = node.getMetadata().getName();
      Map<String, String> labels =
          Objects.requireNonNullElse(node.getMetadata().getLabels(), Map.of());
      String provider =
          node.getSpec() == null ? "" : Objects.toString(node.getSpec().getProviderID(), "");
      if (labels.containsKey(STORAGE_LAB_NODE)) {
        evidence.add("node " + name + " has the label " + STORAGE_LAB_NODE);
        kind = ClusterKind.STORAGE_LAB;
      } else if (name.equals("docker-desktop") || name.startsWith("desktop-")) {
        evidence.add("node " + name + " is named as Docker Desktop names its nodes");
        kind = ClusterKind.DOCKER_DESKTOP;
      } else if (labels.keySet().stream().anyMatch(k -> k.startsWith("minikube.k8s.io/"))) {
        evidence.add("node " + name + " has minikube.k8s.io/ labels");
        kind = ClusterKind.MINIKUBE;
      } else if (provider.startsWith("kind://")) {
        evidence.add("node " + name + " has providerID " + provider);
        kind = ClusterKind.KIND;
      } else if (name.startsWith("k3d-") && provider.startsWith("k3s://")) {
        evidence.add("node " + name + " is a k3d node (providerID " + provider + ")");
        kind = ClusterKind.K3D;
      } else if (provider.startsWith("k3s://")
          || "k3s".equals(labels.get("node.kubernetes.io/instance-type"))) {
        evidence.add("node " + name + " runs k3s");
        kind = kind == ClusterKind.OTHER ? ClusterKind.K3S : kind;
      }
    }
    if (kind == ClusterKind.OTHER || kind == ClusterKind.K3S) {
      ClusterKind byContext = byContext(context);
      if (byContext != ClusterKind.OTHER) {
        evidence.add("the context is named " + context);
        kind = byContext;
      }
    }
    if (kind == ClusterKind.K3S && !containers.isEmpty()) {
      kind = ClusterKind.K3D;
    }
    return new Recognition(kind, evidence, containers);
  }

  private static ClusterKind byContext(String context) {
    if (context.startsWith("kind-")) {
      return ClusterKind.KIND;
    }
    if (context.startsWith("k3d-")) {
      return ClusterKind.K3D;
    }
    if (context.equals("minikube")) {
      return ClusterKind.MINIKUBE;
    }
    if (context.equals("docker-desktop") || context.equals("docker-for-desktop")) {
      return ClusterKind.DOCKER_DESKTOP;
    }
    return ClusterKind.OTHER;
  }
}
