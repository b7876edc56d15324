package dev.storagelab.k8s.cluster;

/** The local clusters learners bring, each with where its nodes run. */
public enum ClusterKind {
  /** storage-lab's own k3s node: the engine's volumes folder is mounted at the same path. */
  STORAGE_LAB("storage-lab's k3s", true),
  /** kind: every node is a container on the Docker engine. */
  KIND("kind", true),
  /** k3d: k3s nodes as containers on the Docker engine. */
  K3D("k3d", true),
  /** minikube: a VM, or a container with the docker driver. */
  MINIKUBE("minikube", true),
  /** Docker Desktop's Kubernetes: nodes in Desktop's VM (or containers, kind mode). */
  DOCKER_DESKTOP("Docker Desktop", true),
  /** k3s installed on a machine: the node is that machine. */
  K3S("k3s", false),
  /** Any other cluster: its nodes are machines of their own. */
  OTHER("a cluster", false);

  private final String product;
  private final boolean nodeApart;

  ClusterKind(String product, boolean nodeApart) {
    this.product = product;
    this.nodeApart = nodeApart;
  }

  /** How the learner knows it. */
  public String product() {
    return product;
  }

  /**
   * Whether its node's filesystem is not the Docker host's: a container or a VM, so a hostPath
   * names a folder of the node, not of the Docker host.
   */
  public boolean nodeApart() {
    return nodeApart;
  }
}
