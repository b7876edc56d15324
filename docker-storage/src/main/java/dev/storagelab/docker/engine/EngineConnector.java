package dev.storagelab.docker.engine;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.transport.SSLConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens an {@link Engine}: checks that the endpoint is a Docker engine the toolkit can use, and
 * turns each way that can fail into one {@link EngineProblem}.
 */
public final class EngineConnector {

  /** How long the first answer may take; the whole check stays well inside ten seconds. */
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(4);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  private EngineConnector() {}

  /** Connects to the engine the docker CLI would use in this environment. */
  public static Engine connect() {
    return connect(EndpointResolver.fromEnvironment().resolve());
  }

  /**
   * Connects to the given endpoint.
   *
   * @throws EngineUnavailableException with the reason and what to do, when it cannot be used
   */
  public static Engine connect(EngineEndpoint endpoint) {
    checkAddress(endpoint);
    checkSocketFile(endpoint);
    DockerClientConfig config = clientConfig(endpoint);
    DockerHttpClient probe = httpClient(config, PROBE_TIMEOUT);
    try {
      String api = Deadline.within(PROBE_TIMEOUT, endpoint, () -> ping(endpoint, probe));
      checkApiVersion(endpoint, api);
    } finally {
      Deadline.closeQuietly(Duration.ofMillis(300), endpoint, probe);
    }
    return new DockerJavaEngine(endpoint, config, httpClient(config, null));
  }

  /**
   * Refuses an address this toolkit cannot use before any client sees it: the client libraries fail
   * on them with errors that say nothing to a user (or, for {@code npipe://} off Windows, a missing
   * native library).
   */
  private static void checkAddress(EngineEndpoint endpoint) {
    Optional<String> why = EngineAddress.problem(endpoint.host());
    if (why.isPresent()) {
      throw new EngineUnavailableException(
          EngineProblem.BAD_HOST, endpoint.shownAddress(), why.get());
    }
  }

  private static void checkSocketFile(EngineEndpoint endpoint) {
    endpoint
        .socketPath()
        .ifPresent(
            socket -> {
              if (!Files.exists(socket)) {
                throw problem(EngineProblem.SOCKET_MISSING, endpoint);
              }
              if (!Files.isReadable(socket) || !Files.isWritable(socket)) {
                throw problem(EngineProblem.PERMISSION_DENIED, endpoint);
              }
            });
  }

  private static DockerClientConfig clientConfig(EngineEndpoint endpoint) {
    try {
      var builder =
          DefaultDockerClientConfig.createDefaultConfigBuilder()
              .withDockerHost(endpoint.host())
              .withDockerTlsVerify(endpoint.tlsVerify());
      endpoint.certPath().map(Path::toString).ifPresent(builder::withDockerCertPath);
      return builder.build();
    } catch (RuntimeException e) {
      throw new EngineUnavailableException(
          EngineProblem.BAD_HOST, e, endpoint.shownAddress(), String.valueOf(e.getMessage()));
    }
  }

  /**
   * The endpoint's TLS set-up; for a Unix socket, one that needs no CA certificates. (For TCP the
   * client takes any TLS set-up to mean https, so plain TCP must be given none.)
   */
  private static SSLConfig sslConfig(DockerClientConfig config) {
    return config.getSSLConfig() == null && "unix".equals(config.getDockerHost().getScheme())
        ? new NoTls()
        : config.getSSLConfig();
  }

  /**
   * A client for the endpoint.
   *
   * @param responseTimeout how long an answer may take, or {@code null} for no limit (builds and
   *     log streams can be quiet for long)
   */
  static DockerHttpClient httpClient(DockerClientConfig config, Duration responseTimeout) {
    var builder =
        new ApacheDockerHttpClient.Builder()
            .dockerHost(URI.create(config.getDockerHost().toString()))
            .sslConfig(sslConfig(config))
            .connectionTimeout(CONNECT_TIMEOUT)
            .maxConnections(16);
    if (responseTimeout != null) {
      builder.responseTimeout(responseTimeout);
    }
    return builder.build();
  }

  private static String ping(EngineEndpoint endpoint, DockerHttpClient client) {
    var request = DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET);
    try (var response = client.execute(request.path("/_ping").build())) {
      String api = response.getHeader("Api-Version");
      if (response.getStatusCode() != 200 || api == null || api.isBlank()) {
        throw problem(EngineProblem.NOT_DOCKER, endpoint);
      }
      return api;
    } catch (RuntimeException e) {
      if (e instanceof EngineUnavailableException unavailable) {
        throw unavailable;
      }
      throw unavailable(endpoint, e);
    }
  }

  private static void checkApiVersion(EngineEndpoint endpoint, String api) {
    if (ApiVersion.parse(api).isOlderThan(ApiVersion.parse(EngineProblem.MINIMUM_API))) {
      throw new EngineUnavailableException(
          EngineProblem.API_TOO_OLD, endpoint.host(), endpoint.source(), api);
    }
  }

  /** Names the problem behind a failed first request, from the deepest cause that tells. */
  static EngineUnavailableException unavailable(EngineEndpoint endpoint, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (cause instanceof AccessDeniedException || message.contains("permission denied")) {
        return new EngineUnavailableException(
            EngineProblem.PERMISSION_DENIED, failure, endpoint.host(), endpoint.source());
      }
      if (cause instanceof ConnectException
          || cause instanceof UnknownHostException
          || message.contains("connection refused")
          || message.contains("no such file")) {
        return new EngineUnavailableException(
            EngineProblem.NOTHING_LISTENING, failure, endpoint.host(), endpoint.source());
      }
      if (cause instanceof InterruptedIOException) {
        return new EngineUnavailableException(
            EngineProblem.TIMED_OUT,
            failure,
            endpoint.host(),
            endpoint.source(),
            PROBE_TIMEOUT.toSeconds() + " s");
      }
    }
    return new EngineUnavailableException(
        EngineProblem.NOT_DOCKER, failure, endpoint.host(), endpoint.source());
  }

  /**
   * Names what stopped an operation on an engine that answered before: the connection (refused,
   * timed out, cut off: the engine went away) or, when no I/O failed, the engine's own answer.
   */
  static RuntimeException failed(EngineEndpoint endpoint, Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException) {
        EngineUnavailableException named = unavailable(endpoint, failure);
        return named.problem() == EngineProblem.NOT_DOCKER
            ? new EngineUnavailableException(
                EngineProblem.WENT_AWAY,
                failure,
                endpoint.host(),
                endpoint.source(),
                String.valueOf(cause.getMessage()))
            : named;
      }
    }
    return new EngineException(String.valueOf(failure.getMessage()), failure);
  }

  private static EngineUnavailableException problem(EngineProblem kind, EngineEndpoint endpoint) {
    return new EngineUnavailableException(kind, endpoint.host(), endpoint.source());
  }
}
