package dev.storagelab.k8s.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.k8s.bridge.Bridge;
import dev.storagelab.k8s.bridge.BridgeOptions;
import dev.storagelab.k8s.bridge.Manifest;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A container on the engine carried over as it was created: read from its inspect document. */
@RequiresEngine
class LiveContainerProcessTest {

  private final String name =
      "storage-lab-live-process-" + UUID.randomUUID().toString().substring(0, 8);

  @AfterEach
  void remove() {
    DockerCli.run("rm", "-f", name);
  }

  @Test
  void aCreatedContainersProgramUserPortsAndHealthcheckReachThePod() {
    try (Engine engine = EngineConnector.connect()) {
      String base = BaseImageResolver.standard(engine).resolve(line -> {}).reference();
      DockerCli.ok(
          "create",
          "--name",
          name,
          "-e",
          "APP_MODE=prod",
          "-e",
          "API_TOKEN=t0ken",
          "-w",
          "/srv",
          "-u",
          "1000:1000",
          "-p",
          "127.0.0.1:18080:80",
          "--read-only",
          "--cap-drop",
          "ALL",
          "--cap-add",
          "NET_BIND_SERVICE",
          "--health-cmd",
          "true",
          "--health-interval",
          "5s",
          "--restart",
          "on-failure",
          "--entrypoint",
          "/bin/sh",
          base,
          "-c",
          "sleep 1");

      BridgeInput input = BridgeSources.container(engine, name);
      Pod pod =
          Bridge.plan(input.name(), input.workloads(), input.facts(), BridgeOptions.defaults())
              .manifests()
              .stream()
              .map(Manifest::object)
              .filter(Pod.class::isInstance)
              .map(Pod.class::cast)
              .findFirst()
              .orElseThrow();
      Container c = pod.getSpec().getContainers().get(0);

      assertThat(c.getCommand()).containsExactly("/bin/sh");
      assertThat(c.getArgs()).containsExactly("-c", "sleep 1");
      assertThat(c.getEnv())
          .anySatisfy(
              v -> {
                assertThat(v.getName()).isEqualTo("APP_MODE");
                assertThat(v.getValue()).isEqualTo("prod");
              });
      assertThat(c.getEnv())
          .anySatisfy(
              v -> {
                assertThat(v.getName()).isEqualTo("API_TOKEN");
                assertThat(v.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("API_TOKEN");
              });
      assertThat(c.getEnv())
          .as("the image's own PATH comes with the image")
          .noneSatisfy(v -> assertThat(v.getName()).isEqualTo("PATH"));
      assertThat(c.getWorkingDir()).isEqualTo("/srv");
      assertThat(c.getSecurityContext().getRunAsUser()).isEqualTo(1000L);
      assertThat(c.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
      assertThat(c.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
      assertThat(c.getSecurityContext().getCapabilities().getAdd())
          .containsExactly("NET_BIND_SERVICE");
      assertThat(c.getPorts())
          .singleElement()
          .satisfies(p -> assertThat(p.getContainerPort()).isEqualTo(80));
      assertThat(c.getLivenessProbe().getPeriodSeconds()).isEqualTo(5);
      assertThat(pod.getSpec().getRestartPolicy()).isEqualTo("OnFailure");
    }
  }
}
