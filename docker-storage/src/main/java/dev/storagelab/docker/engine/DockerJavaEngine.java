package dev.storagelab.docker.engine;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import dev.storagelab.docker.volumes.VolumeInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@link Engine} on docker-java: its HTTP client for JSON requests and builds, its commands for
 * pulls and exec streams. The only class, with its package-private helpers, that sees docker-java.
 */
final class DockerJavaEngine implements Engine {

  private final EngineEndpoint endpoint;
  private final DockerClientConfig config;
  private final DockerHttpClient http;
  private final RawApi api;

  /** How long a helper container may run, or a command in a container. */
  private static final Duration HELPER_LIMIT = Duration.ofSeconds(90);

  /**
   * How long an image export may stream: an engine produces a gigabyte in seconds, so this bounds
   * only a wedged one.
   */
  private static final Duration EXPORT_LIMIT = Duration.ofMinutes(30);

  /** How long closing may take before the process exits without it. */
  private static final Duration CLOSE_LIMIT = Duration.ofMillis(500);

  /** How long a build may take: the lab's images build in seconds, a cold cache included. */
  private static final Duration BUILD_LIMIT = Duration.ofMinutes(10);

  private DockerClient client;
  private volatile JsonNode identity;

  DockerJavaEngine(EngineEndpoint endpoint, DockerClientConfig config, DockerHttpClient http) {
    this.endpoint = endpoint;
    this.config = config;
    this.http = http;
    this.api = new RawApi(endpoint, http);
  }

  /**
   * The docker-java client, made on first use: JSON requests need only the HTTP client, and a
   * one-shot command should not pay for the rest.
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
  public String id() {
    JsonNode info = identity();
    return info.path("ID").asString("")
        + "@"
        + info.path("DockerRootDir").asString("").replaceAll("[^A-Za-z0-9_.-]+", "_");
  }

  @Override
  public String dataRoot() {
    return identity().path("DockerRootDir").asString("");
  }

  /** The engine's {@code /info}, read once: who it is and where it keeps its files never change. */
  private JsonNode identity() {
    JsonNode known = identity;
    if (known == null) {
      known = api.get("/info");
      identity = known;
    }
    return known;
  }

  @Override
  public EngineStatus status() {
    int volumes = api.get("/volumes").path("Volumes").size();
    return StatusReader.read(endpoint, api.get("/info"), api.get("/version"), volumes);
  }

  @Override
  public Optional<ImageSummary> findImage(String reference) {
    return api.getIfFound("/images/" + RawApi.encode(reference) + "/json")
        .map(ImageReader::summary);
  }

  @Override
  public List<HistoryEntry> history(String image) {
    return ImageReader.history(api.get("/images/" + RawApi.encode(image) + "/history"));
  }

  @Override
  public void tagImage(String image, String repository, String tag) {
    api.post(
        "/images/"
            + RawApi.encode(image)
            + "/tag?repo="
            + RawApi.encode(repository)
            + "&tag="
            + RawApi.encode(tag),
        null);
  }

  @Override
  public boolean pullImage(String reference, Duration timeout) {
    try {
      return Deadline.within(timeout.plusSeconds(2), endpoint, () -> pull(reference, timeout))
          && findImage(reference).isPresent();
    } catch (RuntimeException e) {
      // A pull that cannot reach a registry is an expected outcome here, not an error.
      return false;
    }
  }

  private boolean pull(String reference, Duration timeout) throws IOException {
    try (var callback = client().pullImageCmd(reference).exec(new PullImageResultCallback())) {
      return callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Builds with BuildKit where the engine has it, which makes no container per step, and with the
   * legacy builder where it says it has not. Engines too old to know BuildKit ignore the request
   * for it and build as they always do.
   */
  @Override
  public BuildResult buildImage(BuildRequest request, Consumer<String> progress) {
    byte[] context = ContextTar.of(request.contextDir());
    try {
      return build(request, context, BuildResult.Builder.BUILDKIT, progress);
    } catch (RawApi.Refused e) {
      if (!e.getMessage().toLowerCase(Locale.ROOT).contains("buildkit")) {
        throw e;
      }
      return build(request, context, BuildResult.Builder.LEGACY, progress);
    }
  }

  /** One build with the given builder; package-private so that tests can ask for either. */
  BuildResult build(
      BuildRequest request,
      byte[] context,
      BuildResult.Builder builder,
      Consumer<String> progress) {
    StringBuilder query =
        new StringBuilder("/build?version=")
            .append(builder == BuildResult.Builder.BUILDKIT ? "2" : "1")
            // A failed step must leave no container behind, labelled or not.
            .append("&rm=1&forcerm=1")
            // The lab's builds need no network: they work where container networking does not
            // (no default bridge), and make no network endpoint per step.
            .append("&networkmode=none")
            .append("&labels=")
            .append(RawApi.encode(RawApi.JSON.writeValueAsString(request.labels())))
            .append("&buildargs=")
            .append(RawApi.encode(RawApi.JSON.writeValueAsString(request.buildArgs())));
    request.tags().forEach(tag -> query.append("&t=").append(RawApi.encode(tag)));
    BuildStream output = new BuildStream(progress);
    api.stream(query.toString(), "application/x-tar", context, BUILD_LIMIT, output);
    return output.result();
  }

  @Override
  public Optional<ContainerInspect> inspectContainer(String nameOrId) {
    return api.getIfFound("/containers/" + RawApi.encode(ObjectNames.container(nameOrId)) + "/json")
        .map(InspectReader::read);
  }

  @Override
  public String createContainer(ContainerSpec spec) {
    ObjectNode body = ContainerBodies.create(spec);
    String query = spec.name() == null ? "" : "?name=" + RawApi.encode(spec.name());
    return api.post("/containers/create" + query, body).path("Id").asString("");
  }

  @Override
  public void startContainer(String id) {
    api.post("/containers/" + RawApi.encode(id) + "/start", null);
  }

  @Override
  public void stopContainer(String id) {
    api.post("/containers/" + RawApi.encode(id) + "/stop?t=1", null);
  }

  @Override
  public void removeContainer(String id) {
    api.delete("/containers/" + RawApi.encode(id) + "?force=true&v=true");
  }

  @Override
  public List<FileChange> changes(String id) {
    List<FileChange> changes = new ArrayList<>();
    for (JsonNode change : api.get("/containers/" + RawApi.encode(id) + "/changes")) {
      int kind = change.path("Kind").asInt(0);
      changes.add(new FileChange("CAD".charAt(kind), change.path("Path").asString("")));
    }
    return changes;
  }

  @Override
  public Optional<PathStat> statPath(String container, String path) {
    return api.header(
            "/containers/" + RawApi.encode(container) + "/archive?path=" + RawApi.encode(path),
            "X-Docker-Container-Path-Stat")
        .map(DockerJavaEngine::pathStat);
  }

  private static PathStat pathStat(String header) {
    JsonNode stat = RawApi.JSON.readTree(java.util.Base64.getDecoder().decode(header));
    return new PathStat(
        stat.path("name").asString(""),
        stat.path("size").asLong(0),
        stat.path("mode").asLong(0),
        stat.path("linkTarget").asString(""));
  }

  @Override
  public java.util.OptionalLong writableLayerBytes(String container) {
    JsonNode inspect = api.get("/containers/" + RawApi.encode(container) + "/json?size=1");
    return inspect.path("SizeRw").isNumber()
        ? java.util.OptionalLong.of(inspect.path("SizeRw").asLong())
        : java.util.OptionalLong.empty();
  }

  @Override
  public <T> T exportImage(String reference, StreamReader<T> reader) {
    return api.download("/images/" + RawApi.encode(reference) + "/get", EXPORT_LIMIT, reader);
  }

  @Override
  public ExecResult exec(String id, List<String> command) {
    return call(
        HELPER_LIMIT,
        () -> {
          String execId =
              client()
                  .execCreateCmd(id)
                  .withCmd(command.toArray(String[]::new))
                  .withAttachStdout(true)
                  .withAttachStderr(true)
                  .exec()
                  .getId();
          Output output = new Output();
          try {
            client().execStartCmd(execId).exec(output).awaitCompletion(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while running " + command, e);
          }
          Long code = client().inspectExecCmd(execId).exec().getExitCodeLong();
          return new ExecResult(code == null ? -1 : code.intValue(), output.out(), output.err());
        });
  }

  @Override
  public ExecResult run(ContainerSpec spec) {
    String id = createContainer(spec);
    try {
      startContainer(id);
      int code =
          api.post("/containers/" + RawApi.encode(id) + "/wait", null, HELPER_LIMIT)
              .path("StatusCode")
              .asInt(-1);
      Output output =
          call(
              RawApi.LIMIT,
              () -> {
                Output logs = new Output();
                try {
                  client()
                      .logContainerCmd(id)
                      .withStdOut(true)
                      .withStdErr(true)
                      .exec(logs)
                      .awaitCompletion(RawApi.LIMIT.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return logs;
              });
      return new ExecResult(code, output.out(), output.err());
    } finally {
      removeContainer(id);
    }
  }

  @Override
  public VolumeInfo createVolume(String name, Map<String, String> labels) {
    ObjectNode body = RawApi.JSON.createObjectNode().put("Name", name).put("Driver", "local");
    labels.forEach(body.putObject("Labels")::put);
    JsonNode created = api.post("/volumes/create", body);
    return VolumeReader.read(created, OptionalLong.empty());
  }

  @Override
  public void removeVolume(String name) {
    api.delete("/volumes/" + RawApi.encode(name));
  }

  @Override
  public Optional<VolumeInfo> inspectVolume(String name) {
    return api.getIfFound("/volumes/" + RawApi.encode(ObjectNames.volume(name)))
        .map(volume -> VolumeReader.read(volume, OptionalLong.empty()));
  }

  @Override
  public Optional<VolumeInfo> measureVolume(String name) {
    return api.getIfFound("/volumes/" + RawApi.encode(ObjectNames.volume(name)))
        .map(volume -> VolumeReader.read(volume, sizeOnDisk(name)));
  }

  /**
   * The size the engine measured, from {@code /system/df}: the only place it reports one. The
   * engine refuses a report while another runs (another learner's, on a shared engine): the size is
   * then asked for again, for up to {@link #DISK_USAGE_PATIENCE}, and otherwise left unknown.
   */
  private OptionalLong sizeOnDisk(String name) {
    JsonNode report = diskUsage();
    if (report == null) {
      return OptionalLong.empty();
    }
    for (JsonNode volume : report.path("Volumes")) {
      if (volume.path("Name").asString("").equals(name)) {
        long size = volume.path("UsageData").path("Size").asLong(-1);
        return size >= 0 ? OptionalLong.of(size) : OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  /** How long a size waits for another disk usage report to end. */
  static final Duration DISK_USAGE_PATIENCE = Duration.ofSeconds(5);

  /** The engine's disk usage report, or null when others' kept it busy past our patience. */
  private JsonNode diskUsage() {
    long deadline = System.nanoTime() + DISK_USAGE_PATIENCE.toNanos();
    while (true) {
      try {
        return api.get("/system/df");
      } catch (EngineException e) {
        if (!String.valueOf(e.getMessage()).contains("disk usage operation is already running")) {
          throw e;
        }
        if (System.nanoTime() > deadline) {
          return null;
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  @Override
  public List<EngineObject> listLabelled(EngineObject.Kind kind, String labelKey) {
    return ObjectLister.list(api, kind, labelKey);
  }

  @Override
  public void remove(EngineObject object) {
    String id = RawApi.encode(object.id());
    switch (object.kind()) {
      case CONTAINER -> api.delete("/containers/" + id + "?force=true");
      case VOLUME -> api.delete("/volumes/" + id);
      case NETWORK -> api.delete("/networks/" + id);
      case IMAGE -> {
        List<String> references = object.names().isEmpty() ? List.of(object.id()) : object.names();
        references.forEach(reference -> api.delete("/images/" + RawApi.encode(reference)));
      }
    }
  }

  @Override
  public void close() {
    DockerClient made;
    synchronized (this) {
      made = client;
    }
    // The docker-java client owns the HTTP client: closing it closes both.
    Deadline.closeQuietly(CLOSE_LIMIT, endpoint, made != null ? made : http);
  }

  @Override
  public void saveImage(String reference, Path file) {
    call(
        HELPER_LIMIT,
        () -> {
          Path part = file.resolveSibling(file.getFileName() + ".part");
          try (InputStream tar = client().saveImageCmd(reference).exec()) {
            Files.copy(tar, part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(
                part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
          } catch (IOException e) {
            throw new EngineException("Cannot write " + file + ": " + e.getMessage(), e);
          } finally {
            try {
              Files.deleteIfExists(part);
            } catch (IOException e) {
              // Left for the next save to replace.
            }
          }
          return null;
        });
  }

  /** Runs a client call, turning the client's failures into ours with the engine's message. */
  private <T> T call(Duration limit, Supplier<T> action) {
    try {
      return Deadline.within(limit, endpoint, action::get);
    } catch (NotFoundException e) {
      throw new ObjectNotFoundException(EngineMessages.of(e), e);
    } catch (DockerException e) {
      throw new EngineException(EngineMessages.of(e), e);
    } catch (DockerClientException e) {
      // What the engine reported in a stream (a build step that failed): its own words.
      throw new EngineException(EngineMessages.of(e), e);
    } catch (RuntimeException e) {
      if (e instanceof EngineException || e instanceof EngineUnavailableException) {
        throw e;
      }
      throw EngineConnector.failed(endpoint, e);
    }
  }

  /** Collects a multiplexed stdout/stderr stream. */
  private static final class Output extends ResultCallback.Adapter<Frame> {
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();

    @Override
    public void onNext(Frame frame) {
      String text = new String(frame.getPayload(), StandardCharsets.UTF_8);
      (frame.getStreamType() == StreamType.STDERR ? err : out).append(text);
    }

    String out() {
      return out.toString();
    }

    String err() {
      return err.toString();
    }
  }
}
