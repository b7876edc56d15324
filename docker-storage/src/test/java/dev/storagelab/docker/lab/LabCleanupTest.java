package dev.storagelab.docker.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@RequiresEngine
class LabCleanupTest {

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String lesson = "cleanup-test-" + suffix;
  private final Ownership owner = Ownership.newRun(lesson);
  private final List<String[]> leftovers = new ArrayList<>();
  private final Engine engine = EngineConnector.connect();

  @AfterEach
  void removeDecoys() {
    for (String[] command : leftovers) {
      DockerCli.run(command);
    }
    engine.close();
  }

  @Test
  void cleanupRemovesWhatTheToolkitLabelledAndNothingElse() {
    String owned = volume("owned-" + suffix, owner.labelsFor(EngineObject.Kind.VOLUME));
    String decoy = volume("data-volume-decoy-" + suffix, Map.of());
    String spoof =
        volume(
            "spoof-" + suffix,
            Map.of(
                Ownership.MANAGED, "true", Ownership.KIND, "container", Ownership.LESSON, lesson));
    DockerCli.ok(
        "run", "--rm", "-v", decoy + ":/data", base(), "sh", "-c", "echo keep > /data/file");
    String userContainer = "user-container-" + suffix;
    DockerCli.ok("create", "--name", userContainer, base(), "true");
    leftovers.add(new String[] {"rm", "-f", userContainer});
    LabCleanup cleanup = new LabCleanup(engine);

    List<EngineObject> found = cleanup.ownedBy(lesson);
    CleanupReport report = cleanup.remove(found);

    assertThat(found).extracting(EngineObject::displayName).containsExactly(owned);
    assertThat(report.failed()).isEmpty();
    assertThat(DockerCli.run("volume", "inspect", owned).ok()).isFalse();
    assertThat(DockerCli.run("volume", "inspect", spoof).ok()).isTrue();
    assertThat(DockerCli.run("container", "inspect", userContainer).ok()).isTrue();
    assertThat(DockerCli.ok("run", "--rm", "-v", decoy + ":/data", base(), "cat", "/data/file"))
        .isEqualTo("keep");
  }

  @Test
  void anImageTaggedByAUserKeepsThatTag() {
    String userTag = "user-copy-" + suffix + ":latest";
    DockerCli.ok("tag", base(), userTag);
    leftovers.add(new String[] {"rmi", userTag});

    List<EngineObject> owned = new LabCleanup(engine).owned();

    assertThat(owned)
        .filteredOn(o -> o.kind() == EngineObject.Kind.IMAGE)
        .allSatisfy(image -> assertThat(image.names()).doesNotContain(userTag));
  }

  private String base() {
    return BaseImageResolver.standard(engine).resolve(line -> {}).reference();
  }

  private String volume(String name, Map<String, String> labels) {
    List<String> command = new ArrayList<>(List.of("volume", "create"));
    labels.forEach((k, v) -> command.addAll(List.of("--label", k + "=" + v)));
    command.add(name);
    DockerCli.ok(command.toArray(String[]::new));
    leftovers.add(new String[] {"volume", "rm", "-f", name});
    return name;
  }
}
