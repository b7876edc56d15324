package dev.storagelab.docker.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each kind of engine recognised from its own answers, as recorded from each. */
class EngineSetupTest {

  @Test
  void dockerDesktopIsRecognisedFromItsOperatingSystem() {
    EngineSetup setup =
        setup("{\"OperatingSystem\":\"Docker Desktop\",\"Driver\":\"overlay2\"}", "{}");

    assertThat(setup.product()).isEqualTo("Docker Desktop");
    assertThat(setup.lessonNotes()).anySatisfy(n -> assertThat(n).contains("VM"));
  }

  @Test
  void podmanIsRecognisedFromItsVersionComponents() {
    EngineSetup setup =
        setup(
            "{\"OperatingSystem\":\"debian\",\"Driver\":\"overlay\"}",
            "{\"Components\":[{\"Name\":\"Podman Engine\",\"Version\":\"4.3.1\"}]}");

    assertThat(setup.product()).isEqualTo("Podman");
    assertThat(setup.lessonNotes()).anySatisfy(n -> assertThat(n).contains("containers/storage"));
  }

  @Test
  void rootlessAndTheContainerdImageStoreAreSaid() {
    EngineSetup setup =
        setup(
            "{\"OperatingSystem\":\"Ubuntu 24.04\",\"Driver\":\"overlayfs\","
                + "\"DockerRootDir\":\"/home/me/.local/share/docker\","
                + "\"SecurityOptions\":[\"name=seccomp,profile=builtin\",\"name=rootless\"],"
                + "\"DriverStatus\":[[\"driver-type\",\"io.containerd.snapshotter.v1\"]]}",
            "{\"Components\":[{\"Name\":\"Engine\",\"Version\":\"27.3.1\"}]}");

    assertThat(setup.product()).isEqualTo("Docker Engine");
    assertThat(setup.lessonNotes())
        .anySatisfy(
            n -> assertThat(n).contains("rootless").contains("/home/me/.local/share/docker"))
        .anySatisfy(n -> assertThat(n).contains("containerd image store"));
  }

  @Test
  void theDefaultEngineNeedsNoNotes() {
    EngineSetup setup =
        setup("{\"OperatingSystem\":\"Debian GNU/Linux 12\",\"Driver\":\"overlay2\"}", "{}");

    assertThat(setup.product()).isEqualTo("Docker Engine");
    assertThat(setup.lessonNotes()).isEmpty();
  }

  private static EngineSetup setup(String info, String version) {
    JsonNode infoJson = RawApi.JSON.readTree(info);
    EngineStatus status =
        StatusReader.read(
            new EngineEndpoint("unix:///x", false, java.util.Optional.empty(), "default", "test"),
            infoJson,
            RawApi.JSON.readTree(version),
            0);
    return status.setup();
  }
}
