package dev.storagelab.docker.lesson.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.testing.Chromium;
import dev.storagelab.docker.testing.DockerCli;
import dev.storagelab.docker.testing.RequiresEngine;
import dev.storagelab.docker.testing.TestLearner;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.Lesson;
import dev.storagelab.lesson.LessonReset;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.LessonRunner;
import dev.storagelab.lesson.StepResult;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The to-do app is used as an app: the lesson publishes it on 127.0.0.1 and says where, a browser
 * adds an item through its page, and that item survives {@code rm -f} with the volume.
 */
@RequiresEngine
class TodoAppTest {

  private final Engine engine = EngineConnector.connect();
  private final Lesson lesson = DockerStorageLesson.create();

  @TempDir Path labs;

  @AfterEach
  void reset() {
    LessonReset.reset(engine, lesson.id(), labs.resolve(lesson.id()), TestLearner.names(engine));
    engine.close();
  }

  @Test
  void anItemAddedInABrowserSurvivesRmMinusFWithTheVolume() {
    LessonRun run =
        new LessonRun(
            engine,
            Ownership.newRun(lesson.id(), TestLearner.ID),
            labs.resolve(lesson.id()),
            l -> {});
    StepResult mounted = LessonRunner.run(lesson, 9, run);
    assertThat(mounted.passed()).as(String.valueOf(mounted)).isTrue();
    String url = url(LabContainers.WITH_VOLUME);
    assertThat(url).startsWith("http://127.0.0.1:");
    assertThat(mounted.report().notes()).anyMatch(note -> note.contains(url));
    assertThat(DockerCli.ok("port", LabContainers.WITH_VOLUME, "8080")).startsWith("127.0.0.1:");

    Optional<Chromium> browser = Chromium.find("the to-do app's page");
    if (browser.isPresent()) {
      assertThat(browser.get().dom(url + "cgi-bin/todo"))
          .contains("<form action=\"/cgi-bin/todo\">", "name=\"item\"");
      // What the page's form sends when a learner types the item and presses Add.
      assertThat(browser.get().dom(url + "cgi-bin/todo?item=added+in+a+browser"))
          .contains("<li>added in a browser</li>");
    } else {
      TodoApp.add(run, LabContainers.WITH_VOLUME, "added in a browser");
    }

    StepResult outlived = LessonRunner.run(lesson, 10, run);

    assertThat(outlived.passed()).as(String.valueOf(outlived)).isTrue();
    Check item = outlived.report().checks().get(outlived.report().checks().size() - 1);
    assertThat(item.claim()).contains("item added through the app");
    assertThat(item.evidence().get(0).value()).startsWith("GET http://127.0.0.1:");
    assertThat(DockerCli.run("inspect", LabContainers.WITH_VOLUME).ok()).isFalse();
    String again = url(LabContainers.WITH_VOLUME_AGAIN);
    assertThat(TodoApp.items(run, LabContainers.WITH_VOLUME_AGAIN).items())
        .contains("added in a browser", VolumeOutlives.ITEM);
    browser.ifPresent(
        chromium -> {
          assertThat(chromium.dom(again + "cgi-bin/todo")).contains("<li>added in a browser</li>");
          chromium.screenshot(
              again + "cgi-bin/todo", Path.of("target", "todo-app-screenshot.png"), 800, 600);
        });
  }

  @Test
  void anItemAddedWithoutAVolumeIsLostWithTheContainer() {
    LessonRun run =
        new LessonRun(
            engine,
            Ownership.newRun(lesson.id(), TestLearner.ID),
            labs.resolve(lesson.id()),
            l -> {});

    StepResult dies = LessonRunner.run(lesson, 7, run);

    assertThat(dies.passed()).as(String.valueOf(dies)).isTrue();
    Check item = dies.report().checks().get(dies.report().checks().size() - 1);
    assertThat(item.claim()).isEqualTo("An item added through the app is lost with the container");
    assertThat(item.evidence()).anyMatch(e -> e.value().equals("(none)"));
  }

  private String url(String container) {
    return engine
        .inspectContainer(container)
        .flatMap(TodoApp::url)
        .orElseThrow(() -> new AssertionError(container + " publishes no port"));
  }
}
