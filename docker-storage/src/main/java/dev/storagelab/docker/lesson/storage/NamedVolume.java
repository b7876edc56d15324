package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.StepReport;
import java.util.List;

/** Step 8: a named volume is created with the local driver, its data under the data root. */
final class NamedVolume implements PractisedStep {

  @Override
  public String title() {
    return "Named volumes";
  }

  @Override
  public String explain() {
    return "A volume is storage the engine manages outside any container's layers. Created by"
        + " name with the local driver, it is a directory under the engine's data root, in"
        + " volumes/NAME/_data. It exists on its own: no container needs to use it.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    String name = LabContainers.volume(run);
    return List.of(
        "docker volume create " + name,
        "docker volume ls --filter name=" + name,
        "docker volume inspect --format '{{.Driver}} {{.Mountpoint}}' " + name);
  }

  @Override
  public String goal(LessonRun run) {
    return "Create the volume "
        + LabContainers.volume(run)
        + " and find where its data lives on the engine's host.";
  }

  @Override
  public StepReport check(LessonRun run) {
    String name = LabContainers.volume(run);
    return Learner.given(
        Learner.volume(run, name),
        () -> StepReport.of(whereItLives(run, run.engine().inspectVolume(name).orElseThrow())));
  }

  @Override
  public StepReport perform(LessonRun run) {
    String name = LabContainers.freshVolume(run);
    boolean listed =
        run
            .engine()
            .listLabelled(EngineObject.Kind.VOLUME, dev.storagelab.docker.lab.Ownership.MANAGED)
            .stream()
            .anyMatch(v -> v.id().equals(name));
    VolumeInfo volume = run.engine().inspectVolume(name).orElseThrow();
    return StepReport.of(
        Check.of("The volume is listed with the local driver")
            .evidence("volume", name)
            .evidence("driver", volume.driver())
            .holds(listed && volume.driver().equals("local")),
        whereItLives(run, volume));
  }

  /** The proof that the volume's data is a folder under the engine's data root. */
  private static Check whereItLives(LessonRun run, VolumeInfo volume) {
    String dataRoot = run.engine().dataRoot();
    String expected = dataRoot + "/volumes/" + volume.name() + "/_data";
    boolean onHost = run.host().exists(volume.mountpoint());
    return Check.of(
            "Its data lives under the engine's data root, in volumes/" + volume.name() + "/_data")
        .evidence("data root", dataRoot)
        .evidence("mountpoint", volume.mountpoint())
        .evidence("on the host", onHost ? "exists" : "missing")
        .holds(volume.mountpoint().equals(expected) && onHost);
  }
}
