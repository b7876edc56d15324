package dev.storagelab.k8s.cluster;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.files.AtomicFile;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.lab.LearnerNames;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.k8s.naming.KubeNames;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamedAuthInfo;
import io.fabric8.kubernetes.api.model.NamedCluster;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.internal.KubeConfigUtils;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * storage-lab's own Kubernetes: one k3s node in a container on the engine, run as Testcontainers'
 * K3sContainer runs it, but made through the engine so that it outlives the command that starts it
 * and is labelled, found and removed like every lab object. The engine's volumes folder and the
 * lessons' folders are mounted into the node at the same paths, so hostPath volumes reach the
 * Docker data; images given to it are imported by k3s at start, since the node pulls nothing.
 */
public final class LocalCluster {

  /** The node container's name as the course gives it; each learner's is {@link #container()}. */
  public static final String CONTAINER = "storage-lab-k3s";

  /** The kubeconfig context of the cluster. */
  public static final String CONTEXT = "storage-lab";

  /** The k3s image used unless another is named. */
  public static final String DEFAULT_IMAGE = "rancher/k3s:v1.31.4-k3s1";

  private static final int API_PORT = 6443;
  private static final String NODE_IMAGES = "/var/lib/rancher/k3s/agent/images";

  private final Engine engine;
  private final Path state;
  private final LearnerNames names;
  private final String container;

  /**
   * The cluster of one engine.
   *
   * @param state storage-lab's folder for this engine's cluster (kubeconfig, images to import)
   * @param names the learner whose node it is, and their names on the engine
   */
  public LocalCluster(Engine engine, Path state, LearnerNames names) {
    this.engine = engine;
    this.state = state;
    this.names = names;
    this.container = names.object(CONTAINER);
  }

  /** The learner's node container's name. */
  public String container() {
    return container;
  }

  /**
   * Where the cluster stands.
   *
   * @param running whether the node container runs
   * @param image its image
   * @param server the API server's URL, when running
   * @param kubeconfig the kubeconfig file, context {@value #CONTEXT}
   * @param shared the host folders mounted into the node at the same paths
   * @param container the node container's name
   */
  public record Status(
      boolean running,
      String image,
      String server,
      Path kubeconfig,
      List<String> shared,
      String container) {}

  /** The kubeconfig of the cluster. */
  public Path kubeconfig() {
    return state.resolve("kubeconfig.yaml");
  }

  /** The cluster's state, or empty when storage-lab has no node container on this engine. */
  public Optional<Status> status() {
    return node().map(this::statusOf);
  }

  /**
   * Starts the cluster, or the stopped node again; a running one is left as it is.
   *
   * @param image the k3s image, which must be on the engine (nothing is pulled)
   * @param shared host folders to mount into the node at the same paths
   * @param patience how long k3s may take to answer
   * @throws K3sImageMissingException at once when the image is not on the engine
   */
  public Status start(
      String image, List<String> shared, Duration patience, Consumer<String> progress) {
    Optional<ContainerInspect> existing = node();
    if (existing.isPresent() && existing.get().running()) {
      return statusOf(existing.get());
    }
    if (existing.isEmpty() && engine.findImage(image).isEmpty()) {
      throw new K3sImageMissingException(image);
    }
    Path imagesDir = imagesDir();
    String id;
    if (existing.isPresent()) {
      id = existing.get().id();
    } else {
      ContainerSpec spec =
          ContainerSpec.of(container, image)
              .withCommand(
                  "server",
                  "--disable=traefik",
                  "--tls-san=127.0.0.1",
                  "--node-label=" + ClusterRecognizer.STORAGE_LAB_NODE + "=k3s")
              .withLabels(
                  Ownership.newRun("k8s-cluster", names.learner())
                      .labelsFor(EngineObject.Kind.CONTAINER))
              .withVolumeFlag("/sys/fs/cgroup:/sys/fs/cgroup:rw")
              .withVolumeFlag(imagesDir.toAbsolutePath() + ":" + NODE_IMAGES)
              .asClusterNode(API_PORT);
      for (String folder : shared) {
        spec = spec.withVolumeFlag(folder + ":" + folder);
      }
      progress.accept("creating the k3s node " + container + " from " + image);
      id = engine.createContainer(spec);
    }
    try {
      engine.startContainer(id);
    } catch (EngineException e) {
      if (existing.isEmpty()) {
        engine.removeContainer(id);
      }
      throw new ClusterException(
          "The engine would not start the k3s node ("
              + e.getMessage()
              + "): a node needs a privileged container, which rootless engines and some"
              + " sandboxes refuse. Use a cluster of your own with --context.",
          e);
    }
    writeKubeconfig(waitForKubeconfig(id, patience, progress), id);
    return statusOf(node().orElseThrow(() -> new ClusterException(container + " vanished")));
  }

  /**
   * Gives the running node images from the engine, which its containerd cannot pull: saved into the
   * folder k3s imports at start, and imported now.
   */
  private void importImages(List<String> images, Consumer<String> progress) {
    ContainerInspect running =
        node()
            .filter(ContainerInspect::running)
            .orElseThrow(() -> new ClusterException("storage-lab's cluster is not running"));
    saveImages(images, progress);
    for (String ref : images) {
      if (engine.findImage(ref).isPresent()) {
        ExecResult result =
            engine.exec(
                running.id(),
                List.of(
                    "ctr", "-n", "k8s.io", "images", "import", NODE_IMAGES + "/" + tarName(ref)));
        if (!result.ok()) {
          throw new ClusterException(
              "The node could not import " + ref + ": " + result.stderr().strip());
        }
      }
    }
  }

  /**
   * Gives the running node the images the objects' pods run, those the engine has: a node pulls
   * from registries only, and the lesson's app image is in none.
   */
  public void importImagesOf(List<HasMetadata> objects, Consumer<String> progress) {
    importImages(
        objects.stream()
            .flatMap(o -> WorkloadObjects.podSpec(o).stream())
            .flatMap(spec -> spec.getContainers().stream())
            .map(Container::getImage)
            .distinct()
            .toList(),
        progress);
  }

  private Path imagesDir() {
    Path imagesDir = state.resolve("images");
    try {
      Files.createDirectories(imagesDir);
    } catch (IOException e) {
      throw new ClusterException("Cannot make " + imagesDir + ": " + e.getMessage(), e);
    }
    return imagesDir;
  }

  private void saveImages(List<String> images, Consumer<String> progress) {
    Path imagesDir = imagesDir();
    for (String ref : images) {
      if (engine.findImage(ref).isPresent()) {
        progress.accept("handing image " + ref + " to the node");
        engine.saveImage(ref, imagesDir.resolve(tarName(ref)));
      }
    }
  }

  private static String tarName(String ref) {
    return KubeNames.label(ref) + ".tar";
  }

  /** Removes the node and its kubeconfig; false when there was none. */
  public boolean stop() {
    Optional<ContainerInspect> existing = node();
    existing.ifPresent(n -> engine.removeContainer(n.id()));
    try {
      Files.deleteIfExists(kubeconfig());
    } catch (IOException e) {
      throw new ClusterException("Cannot remove " + kubeconfig() + ": " + e.getMessage(), e);
    }
    return existing.isPresent();
  }

  /**
   * The node container, when storage-lab made it for this learner.
   *
   * @throws InputException when a container of that name is someone else's
   */
  private Optional<ContainerInspect> node() {
    Optional<ContainerInspect> found = engine.inspectContainer(container);
    if (found.isPresent()
        && !("true".equals(found.get().labels().get(Ownership.MANAGED))
            && Ownership.belongsTo(names, found.get().labels()))) {
      throw new InputException(
          "A container named "
              + container
              + " exists that storage-lab did not make for you; it is left alone. Rename or remove it"
              + " (docker rm -f "
              + container
              + ") to start storage-lab's cluster.",
          container);
    }
    return found;
  }

  private Status statusOf(ContainerInspect node) {
    String published = node.publishedPorts().getOrDefault(API_PORT + "/tcp", "");
    List<String> shared =
        node.bindsAtSamePath().stream().filter(folder -> !folder.startsWith("/sys/")).toList();
    return new Status(
        node.running(),
        node.image(),
        published.isEmpty() ? "" : "https://" + published,
        kubeconfig(),
        shared,
        container);
  }

  private String waitForKubeconfig(String id, Duration patience, Consumer<String> progress) {
    Instant deadline = Instant.now().plus(patience);
    progress.accept("waiting for k3s to write its kubeconfig");
    while (true) {
      ExecResult result = engine.exec(id, List.of("cat", "/etc/rancher/k3s/k3s.yaml"));
      if (result.ok() && result.stdout().contains("clusters:")) {
        return result.stdout();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new ClusterException(
            "k3s wrote no kubeconfig within "
                + patience.toSeconds()
                + " s; see docker logs "
                + container
                + " (a node needs a privileged container and cgroups it may use).");
      }
      sleep();
    }
  }

  /** The node's kubeconfig with its published address and storage-lab's names. */
  private void writeKubeconfig(String yaml, String id) {
    String server =
        statusOf(
                engine
                    .inspectContainer(id)
                    .orElseThrow(() -> new ClusterException(container + " vanished")))
            .server();
    try {
      AtomicFile.writeOwnerOnly(kubeconfig(), kubeconfig(yaml, server));
    } catch (UncheckedIOException e) {
      throw new ClusterException(e.getMessage(), e);
    }
  }

  /**
   * k3s's own kubeconfig, which names everything {@code default} and the server {@code
   * https://127.0.0.1:6443} inside the node, as this machine reaches it: the published address, and
   * the names {@value #CONTEXT} so that it never shadows another {@code default}.
   */
  static String kubeconfig(String k3sYaml, String server) {
    io.fabric8.kubernetes.api.model.Config config = KubeConfigUtils.parseConfigFromString(k3sYaml);
    NamedCluster cluster = config.getClusters().get(0);
    cluster.getCluster().setServer(server);
    cluster.setName(CONTEXT);
    NamedAuthInfo user = config.getUsers().get(0);
    user.setName(CONTEXT);
    NamedContext context = config.getContexts().get(0);
    context.setName(CONTEXT);
    context.getContext().setCluster(CONTEXT);
    context.getContext().setUser(CONTEXT);
    config.setCurrentContext(CONTEXT);
    return new KubernetesSerialization().asYaml(config);
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterException("Interrupted while waiting for k3s");
    }
  }

  /** No k3s image on the engine: what to do, said at once instead of a pull that hangs. */
  public static final class K3sImageMissingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    K3sImageMissingException(String image) {
      super(
          "No k3s image "
              + image
              + " on the engine, and storage-lab pulls none. Get it with: docker pull "
              + image
              + " ; in a room without internet, on a machine that has it: docker save "
              + image
              + " -o k3s.tar, then here: docker load -i k3s.tar. Then k8s cluster start again"
              + " (--image names another tag).");
    }
  }
}
