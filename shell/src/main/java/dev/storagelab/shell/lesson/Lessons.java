package dev.storagelab.shell.lesson;

import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.k8s.lesson.K8sBridgeLesson;
import dev.storagelab.lesson.Lesson;
import java.util.List;

/** The lessons the shell offers. */
final class Lessons {

  private Lessons() {}

  static List<Lesson> all() {
    return List.of(DockerStorageLesson.create(), K8sBridgeLesson.create());
  }
}
