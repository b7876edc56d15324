package dev.storagelab.k8s.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A pod's files through the API's exec ({@code kubectl exec POD -- ls -A PATH}), and the Docker
 * host's through the given reader.
 */
public final class ExecPodFiles implements PodFiles {

  private final KubernetesClient client;
  private final Function<String, Optional<List<String>>> host;

  /**
   * Files seen both ways.
   *
   * @param host lists a folder of the Docker host, empty when it cannot
   */
  public ExecPodFiles(KubernetesClient client, Function<String, Optional<List<String>>> host) {
    this.client = client;
    this.host = host;
  }

  @Override
  public Optional<String> fetch(String namespace, String pod, String container, String url) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ExecWatch watch =
        exec(
            namespace,
            pod,
            container,
            out,
            new ByteArrayOutputStream(),
            "wget",
            "-qO-",
            "-T",
            "5",
            url)) {
      int code = watch.exitCode().get(30, TimeUnit.SECONDS);
      return code == 0 ? Optional.of(out.toString(StandardCharsets.UTF_8)) : Optional.empty();
    } catch (KubernetesClientException | ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public List<String> list(String namespace, String pod, String container, String path) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (ExecWatch watch = exec(namespace, pod, container, out, err, "ls", "-A", path)) {
      int code = watch.exitCode().get(30, TimeUnit.SECONDS);
      if (code != 0) {
        throw new ClusterException(
            "ls -A "
                + path
                + " in pod "
                + pod
                + " failed: "
                + err.toString(StandardCharsets.UTF_8).strip());
      }
      return out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (KubernetesClientException | ExecutionException e) {
      throw new ClusterException("Cannot run ls in pod " + pod + ": " + e.getMessage(), e);
    } catch (TimeoutException e) {
      throw new ClusterException("ls in pod " + pod + " gave no answer within 30 s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ClusterException("Interrupted while listing " + path + " in pod " + pod, e);
    }
  }

  private ExecWatch exec(
      String namespace,
      String pod,
      String container,
      ByteArrayOutputStream out,
      ByteArrayOutputStream err,
      String... command) {
    return client
        .pods()
        .inNamespace(namespace)
        .withName(pod)
        .inContainer(container)
        .writingOutput(out)
        .writingError(err)
        .exec(command);
  }

  @Override
  public Optional<List<String>> onHost(String path) {
    return host.apply(path);
  }
}
