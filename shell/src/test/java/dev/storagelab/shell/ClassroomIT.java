package dev.storagelab.shell;

import static dev.storagelab.shell.PackagedShell.command;
import static dev.storagelab.shell.PackagedShell.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.testing.Chromium;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.shell.PackagedShell.Run;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A room on one engine, as it happens: learners in their own processes, homes and OS accounts run
 * the lesson at the same moment, while another learner resets and cleans up; then the instructor
 * reads the room ({@code class status}, {@code class predictions}) and serves its page, loaded in
 * headless Chromium.
 */
@Tag("packaged")
@RequiresEngine
class ClassroomIT {

  private static final String OTHER_USER = "slab-learner";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @AfterAll
  static void leaveTheEngineClean() {
    run(Map.of(), command("class", "cleanup"));
  }

  /**
   * Four learners: ann (named), one named by default (their home), the second OS user (named by
   * default), and eve, whose run is killed four seconds in; dora ran first, alone, and resets and
   * cleans up while the others run. Everyone's lessons pass, eve's next run too.
   */
  @Test
  void learnersOnOneEngineEachPassAndOneLearnersResetTouchesNobodyElse() throws Exception {
    Path root = Files.createTempDirectory("storage-lab-room");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<Learner> room = new ArrayList<>();
    room.add(new Learner("ann", env(root.resolve("ann"), "ann"), List.of()));
    room.add(new Learner(null, env(root.resolve("desk-2"), null), List.of()));
    otherUser(root).ifPresent(room::add);
    Learner dora = new Learner("dora", env(root.resolve("dora"), "dora"), List.of());

    run(Map.of(), command("class", "cleanup"));
    Run first = dora.run("lesson", "run", "docker-storage");
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(labelled("dev.storagelab.learner=dora"))
        .as("alone on the engine, a learner has the course's own names")
        .contains("storage-lab-todo-web", "storage-lab-course-names");

    List<CompletableFuture<Run>> runs = new ArrayList<>();
    for (int i = 0; i < room.size(); i++) {
      String answer =
          "2=4,3=yes,4=yes,5=layer,9=yes,10=yes,11=yes,12=error," + (i == 0 ? "7=yes" : "7=no");
      Learner learner = room.get(i);
      runs.add(
          CompletableFuture.supplyAsync(
              () -> learner.run("lesson", "run", "docker-storage", "--answers", answer, "--json")));
    }
    Learner eve = new Learner("eve", env(root.resolve("eve"), "eve"), List.of());
    Process killed = eve.start("lesson", "run", "docker-storage");
    Thread.sleep(4_000);
    killed.destroyForcibly().waitFor();
    int resets = 0;
    while (resets < 2 || runs.stream().anyMatch(r -> !r.isDone())) {
      assertThat(dora.run("lesson", "reset", "docker-storage").code()).isZero();
      assertThat(dora.run("lab", "cleanup").code()).isZero();
      resets++;
      Thread.sleep(1_500);
    }

    for (int i = 0; i < room.size(); i++) {
      Run run = runs.get(i).join();
      assertThat(run.code()).as(room.get(i) + ": " + run.err() + run.out()).isZero();
      assertThat(JSON.readTree(run.out()).path("passed").asBoolean()).isTrue();
    }
    Run again = eve.run("lesson", "run", "docker-storage");
    assertThat(again.code()).as("eve's run after hers was killed: " + again.err()).isZero();
    assertThat(eve.run("lab", "cleanup").code()).isZero();
    List<CompletableFuture<Run>> bridges =
        room.stream()
            .map(
                learner ->
                    CompletableFuture.supplyAsync(
                        () -> learner.run("lesson", "run", "k8s-bridge", "--json")))
            .toList();
    List<String> lesson2 = new ArrayList<>();
    for (int i = 0; i < room.size(); i++) {
      Run run = bridges.get(i).join();
      assertThat(run.code()).as("lesson 2 of " + room.get(i) + ": " + run.err()).isZero();
      assertThat(JSON.readTree(run.out()).path("passed").asBoolean()).isTrue();
      lesson2.add(run.out());
    }
    assertThat(labelled("dev.storagelab.learner=dora")).as("dora's objects").isEmpty();
    String holder =
        DockerCli.run(
                "inspect",
                "--format",
                "{{index .Config.Labels \"dev.storagelab.learner\"}}",
                "storage-lab-course-names")
            .out()
            .strip();
    List<String> names = new ArrayList<>();
    for (Learner learner : room) {
      String name = learner.name();
      List<String> theirs = labelled("dev.storagelab.learner=" + name);
      assertThat(theirs).as(name + "'s containers").hasSizeGreaterThanOrEqualTo(5);
      if (!name.equals(holder)) {
        assertThat(theirs)
            .as("a learner's names carry theirs")
            .allMatch(c -> c.endsWith("-" + name));
        assertThat(lesson2.get(names.size()))
            .as("lesson 2 reads the learner's own container of lesson 1")
            .contains("storage-lab-todo-web-" + name);
      }
      names.add(name);
    }

    Run status = run(Map.of(), command("class", "status", "--json"));
    assertThat(status.code()).as(status.err()).isZero();
    JsonNode learners = JSON.readTree(status.out()).path("learners");
    Map<String, JsonNode> byName = new HashMap<>();
    learners.forEach(l -> byName.put(l.path("learner").asString(), l));
    assertThat(byName.keySet()).containsAll(names).doesNotContain("dora");
    for (String name : names) {
      assertThat(byName.get(name).path("lesson").path("id").asString())
          .as("the lesson worked in last")
          .isEqualTo("k8s-bridge");
      JsonNode lessons = byName.get(name).path("lessons");
      assertThat(lessons).hasSize(2);
      JsonNode lesson1 = lessons.get(0);
      assertThat(lesson1.path("lesson").asString()).isEqualTo("docker-storage");
      assertThat(lesson1.path("results").size()).isEqualTo(lesson1.path("steps").asInt());
      assertThat(lesson1.path("results").toString()).doesNotContain("FAILED", "SKIPPED");
      assertThat(byName.get(name).path("stuck").asBoolean()).isFalse();
    }

    Run predictions = run(Map.of(), command("class", "predictions", "--json"));
    assertThat(predictions.code()).as(predictions.err()).isZero();
    JsonNode step7 = null;
    for (JsonNode tally : JSON.readTree(predictions.out()).path("predictions")) {
      if (tally.path("step").asInt() == 7) {
        step7 = tally;
      }
    }
    assertThat(step7).as(predictions.out()).isNotNull();
    assertThat(step7.path("total").asInt()).isEqualTo(room.size());
    assertThat(step7.path("answers").path("no").asInt()).isEqualTo(room.size() - 1);
    assertThat(step7.path("answers").path("yes").asInt()).isEqualTo(1);

    Run text = run(Map.of(), command("class", "status"));
    assertThat(text.out()).contains("LEARNER").contains(names.get(0)).contains("0 stuck");

    servedPageShowsTheRoom(names);
  }

  /** {@code class serve}'s page, loaded in headless Chromium: a grid row per learner. */
  private static void servedPageShowsTheRoom(List<String> names) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Process server =
        PackagedShell.start(
            Map.of(), command("class", "serve", "--port", Integer.toString(port)), true);
    try {
      String url = "http://127.0.0.1:" + port + "/";
      String page = waitForPage(url);
      assertThat(page).contains("The room").contains("data-lesson=\"docker-storage\"");
      Chromium.find("the room's page")
          .ifPresent(
              chromium -> {
                String dom = chromium.dom(url);
                for (String name : names) {
                  assertThat(dom).contains("data-learner=\"" + name + "\"");
                }
                assertThat(dom).contains("class=\"cell passed\"").contains("Predictions");
                chromium.screenshot(url, Path.of("target", "class-serve.png"), 1400, 900);
              });
    } finally {
      server.destroy();
      assertThat(server.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  private static String waitForPage(String url) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200);
      }
    }
  }

  /** The learner CI makes ({@code .ci/run}): in the docker group, not root, named by default. */
  private static java.util.Optional<Learner> otherUser(Path root) throws IOException {
    boolean exists = run(Map.of(), List.of("id", OTHER_USER)).code() == 0;
    if (!exists && System.getenv("STORAGE_LAB_REQUIRE_DOCKER") != null) {
      throw new IllegalStateException("CI makes the user " + OTHER_USER + "; it is missing");
    }
    if (!exists) {
      return java.util.Optional.empty();
    }
    List<String> prefix =
        PackagedShell.asUser(OTHER_USER, PackagedShell.homeOf(OTHER_USER, root), root);
    return java.util.Optional.of(new Learner(OTHER_USER, Map.of(), prefix));
  }

  private static Map<String, String> env(Path home, String learner) {
    Map<String, String> env = new HashMap<>();
    env.put("STORAGE_LAB_HOME", home.toString());
    if (learner != null) {
      env.put("STORAGE_LAB_LEARNER", learner);
    }
    return env;
  }

  /** The names of the containers with a label. */
  private static List<String> labelled(String label) {
    String names = DockerCli.ok("ps", "-a", "--filter", "label=" + label, "--format", "{{.Names}}");
    return names.isBlank() ? List.of() : names.lines().toList();
  }

  /**
   * One learner: a name given, or (null) the default name of their home and account.
   *
   * @param given the name given, or null
   * @param env their environment
   * @param prefix how to start the shell as them, or empty for this account
   */
  private record Learner(String given, Map<String, String> env, List<String> prefix) {

    Run run(String... words) {
      return PackagedShell.run(env, command(words));
    }

    /** Starts a command and leaves it running, its output discarded. */
    Process start(String... words) throws IOException {
      return PackagedShell.start(env, command(words), true);
    }

    private List<String> command(String... words) {
      return prefix.isEmpty() ? PackagedShell.command(words) : PackagedShell.with(prefix, words);
    }

    /** The name the learner's objects carry, as their tool says it in its record. */
    String name() {
      if (given != null) {
        return given;
      }
      Run status = run("lesson", "status", "--json");
      return JSON.readTree(status.out()).path("learner").asString();
    }
  }
}
