package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import org.junit.jupiter.api.Test;

@RequiresEngine
class EngineStatusTest {

  @Test
  void statusAgreesWithTheDockerCli() {
    EngineStatus status;
    try (Engine engine = EngineConnector.connect()) {
      status = engine.status();
    }

    assertThat(status.storage().name()).isEqualTo(DockerCli.ok("info", "--format", "{{.Driver}}"));
    assertThat(status.apiVersion())
        .isEqualTo(DockerCli.ok("version", "--format", "{{.Server.APIVersion}}"));
    assertThat(status.dataRoot()).isEqualTo(DockerCli.ok("info", "--format", "{{.DockerRootDir}}"));
    assertThat(status.volumePlugins()).startsWith("local");
    assertThat(status.serverVersion())
        .isEqualTo(DockerCli.ok("version", "--format", "{{.Server.Version}}"));
  }
}
