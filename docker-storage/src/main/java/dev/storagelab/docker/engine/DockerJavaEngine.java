package dev.storagelab.docker.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.BuildImageResultCallback;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.BuildResponseItem;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.storagelab.docker.volumes.VolumeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@link Engine} on docker-java; the only class that sees docker-java's types. */
final class DockerJavaEngine implements Engine {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final EngineEndpoint endpoint;
  private final DockerClientConfig config;
  private final DockerHttpClient http;
  private DockerClient client;

  DockerJavaEngine(EngineEndpoint endpoint, DockerClientConfig config, DockerHttpClient http) {
    this.endpoint = endpoint;
    this.config = config;
    this.http = http;
  }

  /**
   * The docker-java client, made on first use: reading status and inspect documents needs only the
   * HTTP client, and a one-shot command should not pay for the rest.
   */
  private synchronized DockerClient client() {
    if (client == null) {
      client = DockerClientImpl.getInstance(config, http);
    }
    return client;
  }

  @Override
  public EngineEndpoint endpoint() {
    return endpoint;
  }

  @Override
  public EngineStatus status() {
    JsonNode info = getJson("/info");
    JsonNode version = getJson("/version");
    int volumes = getJson("/volumes").path("Volumes").size();
    return StatusReader.read(endpoint, info, version, volumes);
  }

  @Override
  public Optional<ImageSummary> findImage(String reference) {
    try {
      InspectImageResponse image = call(() -> client().inspectImageCmd(reference).exec());
      Map<String, String> labels =
          image.getConfig() == null || image.getConfig().getLabels() == null
              ? Map.of()
              : image.getConfig().getLabels();
      return Optional.of(
          new ImageSummary(
              image.getId(),
              Objects.requireNonNullElse(image.getRepoTags(), List.of()),
              labels,
              Objects.requireNonNullElse(image.getSize(), 0L)));
    } catch (ObjectNotFoundException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean pullImage(String reference, Duration timeout) {
    try (var callback = client().pullImageCmd(reference).exec(new PullImageResultCallback())) {
      return callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)
          && findImage(reference).isPresent();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (IOException | RuntimeException e) {
      // A pull that cannot reach a registry is an expected outcome here, not an error.
      return false;
    }
  }

  @Override
  public String buildImage(BuildRequest request, Consumer<String> progress) {
    var callback =
        new BuildImageResultCallback() {
          @Override
          public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
              progress.accept(item.getStream());
            }
            super.onNext(item);
          }
        };
    return call(
        () ->
            client
                .buildImageCmd()
                .withBaseDirectory(request.contextDir().toFile())
                .withDockerfile(request.contextDir().resolve("Dockerfile").toFile())
                .withTags(request.tags())
                .withLabels(request.labels())
                .withPull(false)
                .exec(callback)
                .awaitImageId());
  }

  @Override
  public Optional<String> inspectContainer(String nameOrId) {
    return getJsonIfFound("/containers/" + encode(nameOrId) + "/json").map(JsonNode::toString);
  }

  @Override
  public Optional<VolumeInfo> inspectVolume(String name) {
    return getJsonIfFound("/volumes/" + encode(name))
        .map(volume -> VolumeReader.read(volume, sizeOnDisk(name)));
  }

  /** The size the engine measured, from {@code /system/df}: the only place it reports one. */
  private OptionalLong sizeOnDisk(String name) {
    for (JsonNode volume : getJson("/system/df").path("Volumes")) {
      if (volume.path("Name").asString("").equals(name)) {
        long size = volume.path("UsageData").path("Size").asLong(-1);
        return size >= 0 ? OptionalLong.of(size) : OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  @Override
  public List<EngineObject> listLabelled(EngineObject.Kind kind, String labelKey) {
    List<String> filter = List.of(labelKey);
    return call(
        () ->
            switch (kind) {
              case CONTAINER ->
                  client
                      .listContainersCmd()
                      .withShowAll(true)
                      .withLabelFilter(filter)
                      .exec()
                      .stream()
                      .map(
                          c -> object(kind, c.getId(), containerNames(c.getNames()), c.getLabels()))
                      .toList();
              case VOLUME ->
                  Optional.ofNullable(
                          client().listVolumesCmd().withFilter("label", filter).exec().getVolumes())
                      .orElse(List.of())
                      .stream()
                      .map(v -> object(kind, v.getName(), List.of(v.getName()), v.getLabels()))
                      .toList();
              case NETWORK ->
                  client().listNetworksCmd().withFilter("label", filter).exec().stream()
                      .map(n -> object(kind, n.getId(), List.of(n.getName()), n.getLabels()))
                      .toList();
              case IMAGE ->
                  client().listImagesCmd().withLabelFilter(labelKey).exec().stream()
                      .map(i -> object(kind, i.getId(), arrayList(i.getRepoTags()), i.getLabels()))
                      .toList();
            });
  }

  @Override
  public void remove(EngineObject object) {
    call(
        () -> {
          switch (object.kind()) {
            case CONTAINER -> client().removeContainerCmd(object.id()).withForce(true).exec();
            case VOLUME -> client().removeVolumeCmd(object.id()).exec();
            case NETWORK -> client().removeNetworkCmd(object.id()).exec();
            case IMAGE -> client().removeImageCmd(object.displayName()).withNoPrune(false).exec();
          }
          return null;
        });
  }

  @Override
  public void close() {
    try {
      if (client != null) {
        client.close();
      } else {
        http.close();
      }
    } catch (IOException e) {
      // Closing only releases pooled connections; nothing is lost if that fails.
    }
  }

  private Optional<JsonNode> getJsonIfFound(String path) {
    try {
      return Optional.of(getJson(path));
    } catch (ObjectNotFoundException e) {
      return Optional.empty();
    }
  }

  private static String encode(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8);
  }

  private JsonNode getJson(String path) {
    var request =
        DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path(path);
    try (var response = http.execute(request.build());
        InputStream body = response.getBody()) {
      JsonNode json = JSON.readTree(body);
      String message = json.path("message").asString("HTTP " + response.getStatusCode());
      if (response.getStatusCode() == 404) {
        throw new ObjectNotFoundException(message, null);
      }
      if (response.getStatusCode() >= 300) {
        throw new EngineException(message, null);
      }
      return json;
    } catch (IOException | RuntimeException e) {
      if (e instanceof EngineException) {
        throw (EngineException) e;
      }
      throw EngineConnector.unavailable(endpoint, e);
    }
  }

  /** Runs a client call, turning the client's failures into ours with the engine's message. */
  private <T> T call(Supplier<T> action) {
    try {
      return action.get();
    } catch (NotFoundException e) {
      throw new ObjectNotFoundException(engineMessage(e), e);
    } catch (DockerException e) {
      throw new EngineException(engineMessage(e), e);
    } catch (RuntimeException e) {
      if (e instanceof EngineException) {
        throw e;
      }
      throw EngineConnector.unavailable(endpoint, e);
    }
  }

  private static String engineMessage(DockerException e) {
    String body = e.getMessage();
    try {
      int start = body.indexOf('{');
      if (start >= 0) {
        return JSON.readTree(body.substring(start)).path("message").asString(body);
      }
    } catch (RuntimeException ignored) {
      // Not JSON: the raw text is the message.
    }
    return body;
  }

  private static EngineObject object(
      EngineObject.Kind kind, String id, List<String> names, Map<String, String> labels) {
    return new EngineObject(kind, id, names, labels == null ? Map.of() : labels);
  }

  private static List<String> containerNames(String[] names) {
    return arrayList(names).stream().map(n -> n.startsWith("/") ? n.substring(1) : n).toList();
  }

  private static List<String> arrayList(String[] values) {
    return values == null
        ? List.of()
        : Arrays.stream(values).filter(v -> !v.equals("<none>:<none>")).toList();
  }
}
