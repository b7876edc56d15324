package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndpointResolverTest {

  @TempDir Path home;

  @Test
  void withNothingConfiguredTheDefaultSocketIsUsed() {
    EngineEndpoint endpoint = EndpointResolver.of(Map.of(), home).resolve();

    assertThat(endpoint.host()).isEqualTo("unix:///var/run/docker.sock");
    assertThat(endpoint.context()).isEqualTo("default");
    assertThat(endpoint.socketPath()).contains(Path.of("/var/run/docker.sock"));
  }

  @Test
  void dockerHostWinsOverEveryContext() throws IOException {
    writeContext("remote", "tcp://10.0.0.9:2376", false);
    writeConfig("{\"currentContext\": \"remote\"}");

    EngineEndpoint endpoint =
        EndpointResolver.of(
                Map.of("DOCKER_HOST", "tcp://127.0.0.1:2375", "DOCKER_CONTEXT", "remote"), home)
            .resolve();

    assertThat(endpoint.host()).isEqualTo("tcp://127.0.0.1:2375");
    assertThat(endpoint.source()).isEqualTo("DOCKER_HOST");
    assertThat(endpoint.isLocal()).isTrue();
  }

  @Test
  void theCurrentContextOfConfigJsonIsUsedWithItsTlsMaterial() throws IOException {
    writeContext("remote", "tcp://build-host:2376", true);
    writeConfig("{\"currentContext\": \"remote\"}");

    EngineEndpoint endpoint = EndpointResolver.of(Map.of(), home).resolve();

    assertThat(endpoint.host()).isEqualTo("tcp://build-host:2376");
    assertThat(endpoint.context()).isEqualTo("remote");
    assertThat(endpoint.tlsVerify()).isTrue();
    assertThat(endpoint.certPath())
        .hasValueSatisfying(p -> assertThat(p.getFileName()).hasToString("docker"));
    assertThat(endpoint.isLocal()).isFalse();
  }

  @Test
  void dockerContextOverridesTheCurrentContext() throws IOException {
    writeContext("rootless", "unix:///run/user/1000/docker.sock", false);
    writeConfig("{\"currentContext\": \"default\"}");

    EngineEndpoint endpoint =
        EndpointResolver.of(Map.of("DOCKER_CONTEXT", "rootless"), home).resolve();

    assertThat(endpoint.host()).isEqualTo("unix:///run/user/1000/docker.sock");
    assertThat(endpoint.source()).isEqualTo("docker context \"rootless\"");
  }

  @Test
  void anUnknownContextIsReportedByName() {
    assertThatThrownBy(() -> EndpointResolver.of(Map.of("DOCKER_CONTEXT", "gone"), home).resolve())
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("\"gone\" does not exist")
        .hasMessageContaining("docker context ls");
  }

  @Test
  void tlsSettingsComeFromTheEnvironmentForTheDefaultContext() {
    EngineEndpoint endpoint =
        EndpointResolver.of(
                Map.of(
                    "DOCKER_HOST", "tcp://engine:2376",
                    "DOCKER_TLS_VERIFY", "1",
                    "DOCKER_CERT_PATH", "/certs"),
                home)
            .resolve();

    assertThat(endpoint.tlsVerify()).isTrue();
    assertThat(endpoint.certPath()).contains(Path.of("/certs"));
  }

  @Test
  void dockerConfigMovesTheConfigurationFolder() throws IOException {
    Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("config.json"), "{\"currentContext\": \"nowhere\"}");

    assertThatThrownBy(
            () ->
                EndpointResolver.of(Map.of("DOCKER_CONFIG", elsewhere.toString()), home).resolve())
        .hasMessageContaining("\"nowhere\"");
  }

  private void writeConfig(String json) throws IOException {
    Files.createDirectories(home.resolve(".docker"));
    Files.writeString(home.resolve(".docker/config.json"), json);
  }

  private void writeContext(String name, String host, boolean tls) throws IOException {
    String id = sha256(name);
    Path meta = Files.createDirectories(home.resolve(".docker/contexts/meta").resolve(id));
    Files.writeString(
        meta.resolve("meta.json"),
        "{\"Name\":\""
            + name
            + "\",\"Endpoints\":{\"docker\":{\"Host\":\""
            + host
            + "\",\"SkipTLSVerify\":false}}}");
    if (tls) {
      Files.createDirectories(home.resolve(".docker/contexts/tls").resolve(id).resolve("docker"));
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
