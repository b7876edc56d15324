package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each kind of engine recognised from its own answers, as recorded from each: facts only. */
class EngineProductTest {

  @Test
  void dockerDesktopIsRecognisedFromItsOperatingSystem() {
    EngineStatus status =
        status("{\"OperatingSystem\":\"Docker Desktop\",\"Driver\":\"overlay2\"}", "{}");

    assertThat(status.product()).isEqualTo(EngineProduct.DOCKER_DESKTOP);
    assertThat(status.product().title()).isEqualTo("Docker Desktop");
  }

  @Test
  void podmanIsRecognisedFromItsVersionComponents() {
    EngineStatus status =
        status(
            "{\"OperatingSystem\":\"debian\",\"Driver\":\"overlay\"}",
            "{\"Components\":[{\"Name\":\"Podman Engine\",\"Version\":\"4.3.1\"}]}");

    assertThat(status.product()).isEqualTo(EngineProduct.PODMAN);
  }

  @Test
  void aRootlessEngineWithTheContainerdImageStoreIsDockerEngineAndSaysBoth() {
    EngineStatus status =
        status(
            "{\"OperatingSystem\":\"Ubuntu 24.04\",\"Driver\":\"overlayfs\","
                + "\"DockerRootDir\":\"/home/me/.local/share/docker\","
                + "\"SecurityOptions\":[\"name=seccomp,profile=builtin\",\"name=rootless\"],"
                + "\"DriverStatus\":[[\"driver-type\",\"io.containerd.snapshotter.v1\"]]}",
            "{\"Components\":[{\"Name\":\"Engine\",\"Version\":\"27.3.1\"}]}");

    assertThat(status.product()).isEqualTo(EngineProduct.DOCKER_ENGINE);
    assertThat(status.rootless()).isTrue();
    assertThat(status.imageStore()).isEqualTo("containerd");
    assertThat(status.dataRoot()).isEqualTo("/home/me/.local/share/docker");
  }

  /** What the engine reads from its answers, built here as the engine's own reader builds it. */
  static EngineStatus status(String info, String version) {
    return StatusReader.read(
        new EngineEndpoint("unix:///x", false, java.util.Optional.empty(), "default", "test"),
        RawApi.JSON.readTree(info),
        RawApi.JSON.readTree(version),
        0);
  }
}
