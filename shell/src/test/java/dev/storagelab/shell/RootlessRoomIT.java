package dev.storagelab.shell;

import static dev.storagelab.shell.PackagedShell.command;
import static dev.storagelab.shell.PackagedShell.run;
import static dev.storagelab.shell.PackagedShell.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.shell.PackagedShell.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A room spread over engines: a learner on a rootless engine of their own (which {@code .ci/run}
 * starts: {@code STORAGE_LAB_ROOTLESS_USER}, {@code STORAGE_LAB_ROOTLESS_HOST}) runs the lessons
 * beside a learner on the machine's engine, and the instructor reads both with one command.
 */
@Tag("packaged")
@RequiresEngine
class RootlessRoomIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String MAIN = "unix:///var/run/docker.sock";

  @Test
  void aLearnerOnTheirOwnRootlessEngineAndOneOnTheSharedEngineAreOneRoom() throws Exception {
    String user = System.getenv("STORAGE_LAB_ROOTLESS_USER");
    String host = System.getenv("STORAGE_LAB_ROOTLESS_HOST");
    if ((user == null || host == null) && System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new IllegalStateException(
          "CI starts a rootless engine (.ci/rootless-engine) and names it in"
              + " STORAGE_LAB_ROOTLESS_USER and STORAGE_LAB_ROOTLESS_HOST; they are missing");
    }
    assumeTrue(
        user != null && host != null,
        "no rootless engine named (.ci/run starts one: STORAGE_LAB_ROOTLESS_USER, _HOST)");
    Path root = Files.createTempDirectory("storage-lab-rootless");
    List<String> asUser =
        PackagedShell.asUser(user, PackagedShell.homeOf(user, root), root, "DOCKER_HOST=" + host);
    Map<String, String> here =
        Map.of("STORAGE_LAB_HOME", root.resolve("here").toString(), "STORAGE_LAB_LEARNER", "here");
    run(Map.of(), with(shell(), "class", "cleanup", "--host", host));
    try {
      CompletableFuture<Run> rootless =
          CompletableFuture.supplyAsync(
              () -> run(Map.of(), with(asUser, "lesson", "run", "docker-storage", "--json")));
      Run shared = run(here, with(shell(), "lesson", "run", "docker-storage", "--json"));
      Run own = rootless.join();

      assertThat(own.code()).as(own.err() + own.out()).isZero();
      assertThat(JSON.readTree(own.out()).path("passed").asBoolean()).isTrue();
      assertThat(shared.code()).as(shared.err()).isZero();
      Run lesson2 = run(Map.of(), with(asUser, "lesson", "run", "k8s-bridge", "--json"));
      assertThat(lesson2.code()).as(lesson2.err()).isZero();
      assertThat(JSON.readTree(lesson2.out()).path("passed").asBoolean()).isTrue();
      assertThat(lesson2.out())
          .as("alone on their own engine, the learner has the course's own names")
          .contains("storage-lab-todo-web\"")
          .doesNotContain("storage-lab-todo-web-" + user);

      Run room =
          run(Map.of(), with(shell(), "class", "status", "--json", "--host", MAIN, "--host", host));

      assertThat(room.code()).as(room.err()).isZero();
      Map<String, String> engines = new HashMap<>();
      for (JsonNode learner : JSON.readTree(room.out()).path("learners")) {
        engines.put(learner.path("learner").asString(), learner.path("engine").asString());
      }
      assertThat(engines).containsEntry(user, host).containsEntry("here", MAIN);
    } finally {
      run(Map.of(), with(shell(), "class", "cleanup", "--host", host));
      run(here, with(shell(), "lab", "cleanup"));
    }
  }

  private static List<String> shell() {
    return command();
  }
}
