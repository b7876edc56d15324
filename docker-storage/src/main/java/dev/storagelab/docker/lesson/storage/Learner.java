package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the learner made by hand, as exercises read it: each check says what it found and, when the
 * claim does not hold, the likely slip and the command that mends it. Nothing here changes the
 * learner's objects.
 */
final class Learner {

  private Learner() {}

  /**
   * A proof run on what the learner made once a first check holds; the first check alone when not
   * (the proof would have nothing to read).
   */
  static StepReport given(Check first, Supplier<StepReport> proof) {
    if (!first.holds()) {
      return StepReport.of(first);
    }
    StepReport report = proof.get();
    List<Check> checks = new ArrayList<>(List.of(first));
    checks.addAll(report.checks());
    return new StepReport(checks, report.notes(), report.diagram());
  }

  /** The app container of steps 4 to 6, running: what their exercises read. */
  static Check appRuns(LessonRun run) {
    return runs(
        run,
        LabContainers.named(run, LabContainers.APP),
        "docker run -d --name "
            + LabContainers.named(run, LabContainers.APP)
            + " "
            + LabApp.image(run));
  }

  /** A container the learner made, whatever state it is in. */
  static Optional<ContainerInspect> container(LessonRun run, String name) {
    return run.engine().inspectContainer(name);
  }

  /** That a container the learner creates (and need not start) exists. */
  static Check exists(LessonRun run, String name, String command) {
    boolean found = container(run, name).isPresent();
    return Check.of("Your container " + name + " exists")
        .evidence("docker inspect " + name, found ? "exists" : "No such container")
        .hint("there is no container " + name + ": " + command)
        .holds(found);
  }

  /**
   * That the learner's container exists, runs, and is theirs (not one storage-lab's lesson made).
   *
   * @param command the command that makes it
   */
  static Check runs(LessonRun run, String name, String command) {
    Optional<ContainerInspect> found = container(run, name);
    Check.Builder check = Check.of("Your container " + name + " runs");
    if (found.isEmpty()) {
      return check
          .evidence("docker inspect " + name, "No such container")
          .hint("there is no container " + name + ": " + command)
          .holds(false);
    }
    ContainerInspect container = found.get();
    check
        .evidence("image", container.image())
        .evidence("state", container.running() ? "running" : "not running");
    boolean ours =
        madeByStorageLab(run, check, EngineObject.Kind.CONTAINER, name, container.labels());
    return check
        .hint(name + " is not running: docker start " + name)
        .holds(container.running() && !ours);
  }

  /** That the learner's volume exists, made by them, with the local driver. */
  static Check volume(LessonRun run, String name) {
    Check.Builder check = Check.of("Your volume " + name + " exists with the local driver");
    return run.engine()
        .inspectVolume(name)
        .map(
            volume -> {
              check.evidence("volume", name).evidence("driver", volume.driver());
              boolean ours =
                  madeByStorageLab(run, check, EngineObject.Kind.VOLUME, name, volume.labels());
              return check
                  .hint(
                      name
                          + " uses the driver '"
                          + volume.driver()
                          + "': remove it and create it again without -d (local is the default)")
                  .holds(volume.driver().equals(VolumeMount.LOCAL) && !ours);
            })
        .orElseGet(
            () ->
                check
                    .evidence("docker volume inspect " + name, "No such volume")
                    .hint("there is no volume " + name + ": docker volume create " + name)
                    .holds(false));
  }

  /** That the learner's image is there under its tag. */
  static Check image(LessonRun run, String reference, String command) {
    Check.Builder check = Check.of("Your image " + reference + " is on the engine");
    Optional<ImageSummary> found = run.engine().findImage(reference);
    if (found.isEmpty()) {
      return check
          .evidence("docker image inspect " + reference, "No such image")
          .hint("there is no image " + reference + ": did you forget -t? " + command)
          .holds(false);
    }
    check.evidence("image ID", found.get().id()).evidence("layers", found.get().layers().size());
    return check.holds(
        !madeByStorageLab(run, check, EngineObject.Kind.IMAGE, reference, found.get().labels()));
  }

  /** That a container the step removes is gone. */
  static Check gone(LessonRun run, String name) {
    boolean gone = container(run, name).isEmpty();
    return Check.of("The container " + name + " is removed")
        .evidence("docker inspect " + name, gone ? "No such container" : "still there")
        .hint(name + " still exists: docker rm -f " + name)
        .holds(gone);
  }

  /**
   * That the container has the named volume mounted read-write at the target, with a hint for each
   * near miss: another path, a bind mount where a volume was meant, another volume, read-only.
   */
  static Check volumeAt(ContainerInspect container, String volume, String target, String command) {
    String name = container.name().replaceFirst("^/", "");
    Check.Builder check = Check.of("The volume " + volume + " is mounted read-write at " + target);
    container.mounts().forEach(m -> check.evidence(m.type().word(), m.toMountFlag()));
    Optional<Mount> at = at(container, target);
    if (at.isEmpty()) {
      container.mounts().stream()
          .filter(m -> m instanceof VolumeMount v && v.name().orElse("").equals(volume))
          .findFirst()
          .ifPresent(
              m ->
                  check.hint(
                      volume
                          + " is mounted at "
                          + m.target()
                          + ", not "
                          + target
                          + ": the path after the colon is where the container sees it."
                          + " Remove the container and run: "
                          + command));
      return check
          .evidence("mounts", container.mounts().isEmpty() ? "(none)" : container.mounts().size())
          .hint(
              "the container has no mount at "
                  + target
                  + ": did you forget -v "
                  + volume
                  + ":"
                  + target
                  + "? Remove "
                  + name
                  + " and run: "
                  + command)
          .holds(false);
    }
    Mount mount = at.get();
    if (mount instanceof BindMount bind) {
      return check
          .hint(
              target
                  + " is a bind mount of the host path "
                  + bind.source()
                  + ", not the volume: -v "
                  + volume
                  + ":"
                  + target
                  + " (a name, no slash) means a volume")
          .holds(false);
    }
    if (!(mount instanceof VolumeMount v && v.name().orElse("").equals(volume))) {
      String found =
          mount instanceof VolumeMount v && v.name().isPresent()
              ? "the volume " + v.name().get()
              : "a " + mount.type().word() + " mount";
      return check.hint(target + " is " + found + ", not " + volume + ": " + command).holds(false);
    }
    return check
        .hint(volume + " is mounted read-only: drop :ro so the app can write")
        .holds(!mount.readOnly());
  }

  /**
   * That the host folder is bound at the target, writable when {@code writable}.
   *
   * @param source the host folder
   */
  static Check bindAt(
      ContainerInspect container, String source, String target, boolean writable, String command) {
    Check.Builder check =
        Check.of(
            "The host folder "
                + source
                + " is bound at "
                + target
                + (writable ? ", read-write" : ", read-only"));
    Optional<Mount> at = at(container, target);
    at.ifPresent(m -> check.evidence(m.type().word(), m.toMountFlag()));
    if (at.isEmpty()) {
      return check
          .evidence("mounts at " + target, "(none)")
          .hint("the container has no mount at " + target + ": " + command)
          .holds(false);
    }
    if (!(at.get() instanceof BindMount bind) || !bind.source().equals(source)) {
      return check
          .hint(
              target
                  + " is not bound from "
                  + source
                  + " (use the full path on the left of the colon): "
                  + command)
          .holds(false);
    }
    return check
        .hint(
            bind.readOnly()
                ? "the bind mount at "
                    + target
                    + " is read-only, so the container cannot write there: drop :ro"
                : "the bind mount at " + target + " is writable: add :ro (or readonly)")
        .holds(bind.readOnly() != writable);
  }

  private static Optional<Mount> at(ContainerInspect container, String target) {
    return container.mounts().stream().filter(m -> m.target().equals(target)).findFirst();
  }

  /**
   * Whether storage-lab made the object rather than the learner; if it did, the check says so, with
   * the hint to make one's own.
   */
  private static boolean madeByStorageLab(
      LessonRun run,
      Check.Builder check,
      EngineObject.Kind kind,
      String name,
      Map<String, String> labels) {
    boolean ours = Ownership.madeByStorageLab(kind, name, labels);
    if (ours) {
      check
          .evidence("made by", "storage-lab's lesson run")
          .hint(
              name
                  + " was made by storage-lab's lesson run, not by you: 'lesson reset "
                  + run.owner().lesson()
                  + "' removes it; then type the commands yourself");
    }
    return ours;
  }
}
