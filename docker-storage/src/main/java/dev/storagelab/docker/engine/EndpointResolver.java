package dev.storagelab.docker.engine;

import dev.storagelab.docker.input.Sha256;
import dev.storagelab.docker.input.UserHome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves the engine endpoint in the docker CLI's order: {@code DOCKER_HOST}, then {@code
 * DOCKER_CONTEXT}, then the current context of {@code config.json}, then the default socket.
 */
public final class EndpointResolver {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<String, String> env;
  private final Path configDir;

  private EndpointResolver(Map<String, String> env, Path configDir) {
    this.env = env;
    this.configDir = configDir;
  }

  /** A resolver over this process's environment and the user's docker configuration folder. */
  public static EndpointResolver fromEnvironment() {
    return of(System.getenv(), UserHome.get());
  }

  /**
   * A resolver over the given environment.
   *
   * @param env environment variables as the docker CLI would see them
   * @param home the user's home folder, where {@code .docker} lives unless {@code DOCKER_CONFIG}
   *     says otherwise
   */
  public static EndpointResolver of(Map<String, String> env, Path home) {
    String config = env.get("DOCKER_CONFIG");
    Path dir = config == null || config.isBlank() ? home.resolve(".docker") : Path.of(config);
    return new EndpointResolver(env, dir);
  }

  /** The endpoint the docker CLI would use with the same environment and configuration. */
  public EngineEndpoint resolve() {
    String host = env.get("DOCKER_HOST");
    if (host != null && !host.isBlank()) {
      return fromEnvironmentTls(host.trim(), "DOCKER_HOST");
    }
    String context = contextName();
    if (context.equals("default")) {
      return fromEnvironmentTls(EngineEndpoint.DEFAULT_HOST, "the default socket");
    }
    return fromContext(context);
  }

  private String contextName() {
    String context = env.get("DOCKER_CONTEXT");
    if (context != null && !context.isBlank()) {
      return context.trim();
    }
    return readJson(configDir.resolve("config.json"))
        .map(config -> config.path("currentContext").asString(""))
        .filter(name -> !name.isBlank())
        .orElse("default");
  }

  private EngineEndpoint fromEnvironmentTls(String host, String source) {
    boolean verify = isTrue(env.get("DOCKER_TLS_VERIFY"));
    String certPath = env.get("DOCKER_CERT_PATH");
    Optional<Path> certs =
        verify || certPath != null
            ? Optional.of(certPath == null || certPath.isBlank() ? configDir : Path.of(certPath))
            : Optional.empty();
    return new EngineEndpoint(host, verify, certs, "default", source);
  }

  private EngineEndpoint fromContext(String name) {
    String id = Sha256.hex(name);
    Path meta = configDir.resolve("contexts/meta").resolve(id).resolve("meta.json");
    JsonNode docker =
        readJson(meta)
            .map(node -> node.path("Endpoints").path("docker"))
            .orElseThrow(() -> new EngineUnavailableException(EngineProblem.UNKNOWN_CONTEXT, name));
    String host = docker.path("Host").asString(EngineEndpoint.DEFAULT_HOST);
    Path tls = configDir.resolve("contexts/tls").resolve(id).resolve("docker");
    Optional<Path> certs = Files.isDirectory(tls) ? Optional.of(tls) : Optional.empty();
    boolean verify = certs.isPresent() && !docker.path("SkipTLSVerify").asBoolean(false);
    return new EngineEndpoint(host, verify, certs, name, "docker context \"" + name + "\"");
  }

  private static Optional<JsonNode> readJson(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException | JacksonException e) {
      return Optional.empty();
    }
  }

  private static boolean isTrue(String value) {
    return value != null
        && !value.isBlank()
        && !value.equals("0")
        && !value.equalsIgnoreCase("false");
  }
}
