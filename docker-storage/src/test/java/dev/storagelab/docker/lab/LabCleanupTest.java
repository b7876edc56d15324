package dev.storagelab.docker.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.BuildRequest;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RequiresEngine
class LabCleanupTest {

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String lesson = "cleanup-test-" + suffix;
  private final Ownership owner = Ownership.newRun(lesson, TestLearner.ID);
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

    List<EngineObject> found = cleanup.ownedBy(TestLearner.names(engine), lesson);
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
  void anImageOfTheToolkitsThatAUserTaggedLosesOnlyTheToolkitsTag(@TempDir Path context)
      throws IOException {
    String repository = Ownership.NAMESPACE + "cleanup-test-" + suffix;
    Files.writeString(context.resolve("Dockerfile"), "FROM " + base() + "\nLABEL made=" + suffix);
    engine.buildImage(
        new BuildRequest(
            context, Set.of(repository + ":lesson"), owner.imageLabels(repository + ":lesson")),
        line -> {});
    leftovers.add(new String[] {"rmi", repository + ":lesson"});
    String userTag = "user-copy-" + suffix + ":latest";
    DockerCli.ok("tag", repository + ":lesson", userTag);
    leftovers.add(new String[] {"rmi", userTag});
    LabCleanup cleanup = new LabCleanup(engine);

    List<EngineObject> owned = cleanup.ownedBy(TestLearner.names(engine), lesson);
    CleanupReport report = cleanup.remove(owned);

    assertThat(owned)
        .filteredOn(o -> o.kind() == EngineObject.Kind.IMAGE)
        .as("the toolkit's image is found, so there is a cleanup to keep the user's tag from")
        .hasSize(1);
    assertThat(report.failed()).isEmpty();
    assertThat(DockerCli.run("image", "inspect", repository + ":lesson").ok()).isFalse();
    assertThat(DockerCli.run("image", "inspect", userTag).ok())
        .as("the user's tag, and so the image, stay")
        .isTrue();
  }

  @Test
  void anImageTagALearnersContainerHoldsIsLeftAndReportedNotFailed(@TempDir Path context)
      throws IOException {
    String repository = Ownership.NAMESPACE + "cleanup-test-" + suffix;
    Files.writeString(context.resolve("Dockerfile"), "FROM " + base() + "\n");
    engine.buildImage(
        new BuildRequest(
            context,
            Set.of(repository + ":lesson", repository + ":staging"),
            owner.imageLabels(repository + ":lesson")),
        line -> {});
    String learners = "learners-" + suffix;
    DockerCli.ok("create", "--name", learners, repository + ":staging", "true");
    // The learner's container first: its image tag cannot go while it holds it.
    leftovers.add(new String[] {"rm", "-f", learners});
    leftovers.add(new String[] {"rmi", repository + ":staging"});
    LabCleanup cleanup = new LabCleanup(engine);

    CleanupReport report = cleanup.remove(cleanup.ownedBy(TestLearner.names(engine), lesson));

    assertThat(report.failed()).isEmpty();
    assertThat(report.removed())
        .extracting(EngineObject::displayName)
        .contains(repository + ":lesson");
    assertThat(report.kept())
        .extracting(k -> k.object().displayName())
        .containsExactly(repository + ":staging");
    assertThat(report.kept().get(0).reason()).contains("is using");
    assertThat(DockerCli.run("image", "inspect", repository + ":lesson").ok()).isFalse();
    assertThat(DockerCli.run("container", "inspect", learners).ok()).isTrue();
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
