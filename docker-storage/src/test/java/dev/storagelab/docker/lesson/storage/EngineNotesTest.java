package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.EngineStatuses;
import org.junit.jupiter.api.Test;

/** What lesson 1 does differently on each kind of engine, decided by the lesson from its facts. */
class EngineNotesTest {

  @Test
  void onDockerDesktopTheHostEvidenceIsReadInTheVm() {
    assertThat(
            EngineNotes.of(
                EngineStatuses.of(
                    "{\"OperatingSystem\":\"Docker Desktop\",\"Driver\":\"overlay2\"}", "{}")))
        .anySatisfy(n -> assertThat(n).contains("VM"));
  }

  @Test
  void onPodmanTheVolumesAreInContainersStorage() {
    assertThat(
            EngineNotes.of(
                EngineStatuses.of(
                    "{\"OperatingSystem\":\"debian\",\"Driver\":\"overlay\"}",
                    "{\"Components\":[{\"Name\":\"Podman Engine\",\"Version\":\"4.3.1\"}]}")))
        .anySatisfy(n -> assertThat(n).contains("containers/storage"));
  }

  @Test
  void rootlessAndTheContainerdImageStoreAreSaid() {
    assertThat(
            EngineNotes.of(
                EngineStatuses.of(
                    "{\"OperatingSystem\":\"Ubuntu 24.04\",\"Driver\":\"overlayfs\","
                        + "\"DockerRootDir\":\"/home/me/.local/share/docker\","
                        + "\"SecurityOptions\":[\"name=rootless\"],"
                        + "\"DriverStatus\":[[\"driver-type\",\"io.containerd.snapshotter.v1\"]]}",
                    "{}")))
        .anySatisfy(
            n -> assertThat(n).contains("rootless").contains("/home/me/.local/share/docker"))
        .anySatisfy(n -> assertThat(n).contains("containerd image store"));
  }

  @Test
  void theVfsDriverShowsFullCopies() {
    assertThat(
            EngineNotes.of(
                EngineStatuses.of("{\"OperatingSystem\":\"Debian\",\"Driver\":\"vfs\"}", "{}")))
        .anySatisfy(n -> assertThat(n).contains("vfs/dir"));
  }

  @Test
  void theDefaultEngineNeedsNoNotes() {
    assertThat(
            EngineNotes.of(
                EngineStatuses.of(
                    "{\"OperatingSystem\":\"Debian GNU/Linux 12\",\"Driver\":\"overlay2\"}", "{}")))
        .isEmpty();
  }
}
