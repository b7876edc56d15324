package dev.storagelab.docker.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the engine is and how to talk to it, resolved the way the docker CLI resolves it.
 *
 * @param host the engine address: {@code unix:///path}, {@code tcp://host:port} or {@code
 *     npipe://...}
 * @param tlsVerify whether the server certificate is verified
 * @param certPath the folder with {@code ca.pem}, {@code cert.pem} and {@code key.pem}, if TLS is
 *     used
 * @param context the docker context the endpoint came from ({@code default} when none was chosen)
 * @param source what chose this endpoint, for messages: an environment variable, a context, or the
 *     default socket
 */
public record EngineEndpoint(
    String host, boolean tlsVerify, Optional<Path> certPath, String context, String source) {

  /** The default socket of a Linux engine. */
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";

  /**
   * The address as a message names it: {@code DOCKER_HOST=tcp://...} when an environment variable
   * gave it, else the address and what chose it.
   */
  public String shownAddress() {
    return source.matches("[A-Z][A-Z0-9_]*") ? source + "=" + host : host + " (" + source + ")";
  }

  /** Whether the engine is reached through a socket file on this machine. */
  public boolean isUnixSocket() {
    return host.startsWith("unix://");
  }

  /** The socket file, for a {@code unix://} endpoint. */
  public Optional<Path> socketPath() {
    return isUnixSocket()
        ? Optional.of(Path.of(host.substring("unix://".length())))
        : Optional.empty();
  }

  /** Whether the engine runs on this machine, so host paths it reports can be read here. */
  public boolean isLocal() {
    return isUnixSocket()
        || host.startsWith("npipe://")
        || host.matches("tcp://(localhost|127\\.0\\.0\\.1|\\[::1])(:\\d+)?/?");
  }
}
