package dev.storagelab.k8s.lesson;

import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.k8s.bridge.Redact;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.Step;
import dev.storagelab.lesson.StepReport;
import java.util.List;

/** Step 0: the mounts of lesson 1's container, read from the engine. */
final class ReadMounts implements Step {

  @Override
  public String title() {
    return "Read the mounts of lesson 1's container";
  }

  @Override
  public String explain() {
    return "Lesson 1 left a container with two kinds of storage beside its layers: the named volume"
        + " data-volume at /app and a bind mount of a lab folder at /srv/site. Kubernetes storage"
        + " starts from the same question Docker answers per mount: where do the bytes live, and"
        + " who manages that place?";
  }

  @Override
  public List<String> commands(LessonRun run) {
    BridgeContext.Names names = BridgeContext.names(run);
    return List.of(
        "docker inspect --format '{{json .Mounts}}' " + names.container(),
        "docker volume inspect " + names.volume());
  }

  @Override
  public StepReport perform(LessonRun run) {
    BridgeContext.Lesson1 lesson1 = BridgeContext.read(run);
    Check.Builder check = Check.of("The container has the volume and the bind mount, nothing else");
    for (Mount mount : lesson1.mounts()) {
      check.evidence(mount.type().word(), Redact.flag(mount));
    }
    check.evidence(
        "volume data on the host",
        lesson1.volume().state().map(s -> s.mountpoint()).orElse("(unknown)"));
    return StepReport.of(
        check.holds(
            lesson1.mounts().size() == 2
                && lesson1.volume().target().equals("/app")
                && lesson1.bind().target().equals("/srv/site")));
  }
}
