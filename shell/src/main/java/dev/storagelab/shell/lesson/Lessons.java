package dev.storagelab.shell.lesson;

import dev.storagelab.docker.lesson.Lesson;
import dev.storagelab.docker.lesson.storage.DockerStorageLesson;
import dev.storagelab.k8s.lesson.K8sBridgeLesson;
import dev.storagelab.shell.UsageException;
import java.util.List;
import java.util.stream.Collectors;

/** The lessons the shell offers. */
final class Lessons {

  private Lessons() {}

  static List<Lesson> all() {
    return List.of(DockerStorageLesson.create(), K8sBridgeLesson.create());
  }

  static Lesson byId(String id) {
    if (id == null || id.isBlank()) {
      throw new UsageException("Name a lesson: " + ids());
    }
    return all().stream()
        .filter(l -> l.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new UsageException("No lesson '" + id + "'. Lessons: " + ids()));
  }

  private static String ids() {
    return all().stream().map(Lesson::id).collect(Collectors.joining(", "));
  }
}
