package dev.storagelab.k8s.cluster;

import dev.storagelab.docker.input.InputException;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A client for one kubeconfig context, checked to answer: storage-lab's own cluster when it runs
 * and no context is named, else the named context or the kubeconfig's current one.
 *
 * @param context the context's name
 * @param cluster the kubeconfig cluster's name
 * @param server the API server's URL
 * @param client the client, closed with this connection
 */
public record ClusterConnection(
    String context, String cluster, String server, KubernetesClient client)
    implements AutoCloseable {

  /**
   * Connects.
   *
   * @param context the context to use, or empty for the default
   * @param localKubeconfig the kubeconfig of storage-lab's own cluster
   * @param localRunning whether storage-lab's own cluster is running
   * @throws InputException when the named context is in no kubeconfig
   * @throws ClusterException when there is no cluster, or it does not answer
   */
  public static ClusterConnection open(
      Optional<String> context, Path localKubeconfig, boolean localRunning) {
    Config config = config(context, localKubeconfig, localRunning);
    config.setConnectionTimeout(3_000);
    config.setRequestTimeout(15_000);
    NamedContext current = config.getCurrentContext();
    String name = current == null ? "?" : current.getName();
    String cluster = current == null ? "" : Objects.toString(current.getContext().getCluster(), "");
    KubernetesClient client = new KubernetesClientBuilder().withConfig(config).build();
    try {
      client.getKubernetesVersion();
    } catch (KubernetesClientException e) {
      client.close();
      throw new ClusterException(
          "The cluster of context "
              + name
              + " at "
              + config.getMasterUrl()
              + " does not answer: "
              + Applier.reason(e)
              + ". Start it (k8s cluster start for storage-lab's own), or name another with --context.",
          e);
    }
    return new ClusterConnection(name, cluster, config.getMasterUrl(), client);
  }

  private static Config config(
      Optional<String> context, Path localKubeconfig, boolean localRunning) {
    boolean local =
        context.map(LocalCluster.CONTEXT::equals).orElse(localRunning)
            && Files.isRegularFile(localKubeconfig);
    if (context.map(LocalCluster.CONTEXT::equals).orElse(false) && !local) {
      throw new ClusterException(
          "storage-lab's cluster is not running: start it with k8s cluster start.");
    }
    if (local) {
      return Config.fromKubeconfig(LocalCluster.CONTEXT, localKubeconfig.toFile());
    }
    Config config = Config.autoConfigure(context.orElse(null));
    if (config.getContexts() == null || config.getContexts().isEmpty()) {
      throw new ClusterException(
          "No cluster: no kubeconfig has a context, and storage-lab's own is not running. Start"
              + " one with k8s cluster start, or point KUBECONFIG at yours.");
    }
    if (context.isPresent()
        && (config.getCurrentContext() == null
            || !context.get().equals(config.getCurrentContext().getName()))) {
      throw new InputException(
          "--context "
              + InputException.quote(context.get())
              + " is in no kubeconfig; the contexts are: "
              + config.getContexts().stream()
                  .map(NamedContext::getName)
                  .collect(Collectors.joining(", ")),
          context.get());
    }
    return config;
  }

  @Override
  public void close() {
    client.close();
  }
}
