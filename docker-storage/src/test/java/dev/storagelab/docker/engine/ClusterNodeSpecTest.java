package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Kubernetes node container is made as K3sContainer makes one, and its image saved whole. */
@RequiresEngine
class ClusterNodeSpecTest {

  @TempDir Path dir;

  @Test
  void aNodeIsPrivilegedWithTheHostsCgroupsAndItsApiPortOnLoopback() {
    // Created, not started: a privileged container is refused by sandboxes such as this CI's.
    try (Engine engine = EngineConnector.connect()) {
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      Ownership owner = Ownership.newRun("node-spec-test", TestLearner.ID);
      String id =
          engine.createContainer(
              ContainerSpec.of(null, base)
                  .withCommand("sleep", "30")
                  .withLabels(owner.labelsFor(EngineObject.Kind.CONTAINER))
                  .asClusterNode(6443));
      try {
        assertThat(
                DockerCli.ok(
                    "inspect",
                    "-f",
                    "{{.HostConfig.Privileged}} {{.HostConfig.CgroupnsMode}} {{json .HostConfig.PortBindings}}",
                    id))
            .isEqualTo("true host {\"6443/tcp\":[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"\"}]}");
      } finally {
        engine.removeContainer(id);
      }
    }
  }

  @Test
  void aPublishedPortIsReadFromTheInspectAnswer() {
    ContainerInspect node =
        InspectReader.read(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(
                    "{\"Id\":\"x\",\"NetworkSettings\":{\"Ports\":{\"6443/tcp\":"
                        + "[{\"HostIp\":\"127.0.0.1\",\"HostPort\":\"32771\"}],\"80/tcp\":null}}}"));

    assertThat(node.publishedPorts())
        .containsExactly(java.util.Map.entry("6443/tcp", "127.0.0.1:32771"));
  }

  @Test
  void anImageIsSavedAsDockerSaveWritesIt() throws Exception {
    try (Engine engine = EngineConnector.connect()) {
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      Path tar = dir.resolve("base.tar");

      engine.saveImage(base, tar);

      assertThat(Files.size(tar)).isGreaterThan(100_000);
      assertThat(DockerCli.ok("run", "--rm", "-v", dir + ":/d", base, "tar", "-tf", "/d/base.tar"))
          .contains("manifest.json");
      assertThat(dir.resolve("base.tar.part")).doesNotExist();
    }
  }
}
