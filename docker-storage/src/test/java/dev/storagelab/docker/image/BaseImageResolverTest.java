package dev.storagelab.docker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class BaseImageResolverTest {

  private final String tag =
      "storage-lab-test/busybox:" + UUID.randomUUID().toString().substring(0, 8);
  private final Engine engine = EngineConnector.connect();

  @AfterEach
  void removeTheImportedImage() {
    DockerCli.run("rmi", tag);
    engine.close();
  }

  @Test
  void withoutALocalImageOrARegistryTheHostsStaticBusyboxIsImported() {
    List<String> progress = new ArrayList<>();
    BaseImageResolver resolver =
        new BaseImageResolver(
            engine,
            "storage-lab-test/absent:none",
            tag,
            List.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox")),
            Duration.ofSeconds(2));

    BaseImage image = resolver.resolve(progress::add);

    assertThat(image.origin()).isEqualTo(BaseImage.Origin.IMPORTED);
    assertThat(image.reference()).isEqualTo(tag);
    assertThat(progress).anyMatch(line -> line.contains("importing"));
    assertThat(DockerCli.ok("run", "--rm", tag, "sh", "-c", "echo $((6 * 7))")).isEqualTo("42");
    assertThat(
            DockerCli.ok(
                "image",
                "inspect",
                "--format",
                "{{index .Config.Labels \"" + Ownership.IMAGE_TAG + "\"}}",
                tag))
        .isEqualTo(tag);
  }

  @Test
  void anImageImportedEarlierIsReused() {
    BaseImageResolver resolver =
        new BaseImageResolver(
            engine,
            "storage-lab-test/absent:none",
            tag,
            List.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox")),
            Duration.ofSeconds(2));
    String first = resolver.resolve(line -> {}).reference();
    String id = DockerCli.ok("image", "inspect", "--format", "{{.Id}}", first);

    BaseImage again = resolver.resolve(line -> {});

    assertThat(again.detail()).contains("imported earlier");
    assertThat(DockerCli.ok("image", "inspect", "--format", "{{.Id}}", again.reference()))
        .isEqualTo(id);
  }

  @Test
  void withNoBusyboxAnywhereTheMessageSaysWhatToInstall() {
    BaseImageResolver resolver =
        new BaseImageResolver(
            engine,
            "storage-lab-test/absent:none",
            tag,
            List.of(Path.of("/nonexistent/busybox")),
            Duration.ofSeconds(1));

    assertThatThrownBy(() -> resolver.resolve(line -> {}))
        .isInstanceOf(BaseImageUnavailableException.class)
        .hasMessageContaining("apt-get install busybox-static");
  }
}
