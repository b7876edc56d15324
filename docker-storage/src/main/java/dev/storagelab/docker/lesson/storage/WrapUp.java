package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.containers.ContainerMounts;
import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.StepReport;
import dev.storagelab.lesson.StepResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 13: what was shown, and the lesson's container's mounts, ready for Kubernetes. */
final class WrapUp implements PractisedStep {

  @Override
  public String title() {
    return "Wrap-up and bridge";
  }

  @Override
  public String explain() {
    return "Image layers are read-only and shared; each container adds one writable layer that"
        + " dies with it; volumes and bind mounts keep data beside that stack, with lives of"
        + " their own. The lesson's container has one of each, and those two mounts are what"
        + " lesson 2 carries over to Kubernetes: the volume to a PersistentVolume and claim, the"
        + " bind mount to a hostPath volume.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "docker inspect --format '{{json .Mounts}}' "
            + LabContainers.named(run, LabContainers.WEB));
  }

  @Override
  public String goal(LessonRun run) {
    return "Read the mounts of your "
        + LabContainers.named(run, LabContainers.WEB)
        + ": the volume and the bind mount that lesson 2 carries over to Kubernetes"
        + " ('k8s manifests --from-container "
        + LabContainers.named(run, LabContainers.WEB)
        + "').";
  }

  @Override
  public StepReport check(LessonRun run) {
    return Learner.given(
        Learner.runs(
            run,
            LabContainers.named(run, LabContainers.WEB),
            new BindMounts().commands(run).get(1)),
        () -> prove(run, LabContainers.named(run, LabContainers.WEB), List.of()));
  }

  @Override
  public StepReport perform(LessonRun run) {
    return prove(run, DockerStorageLesson.lessonContainer(run), recap(run));
  }

  private static StepReport prove(LessonRun run, String web, List<String> notes) {
    ContainerInspect mounts = ContainerMounts.of(run.engine(), web);
    String volume = LabContainers.volume(run);
    String site = BindMounts.site(run).toString();
    boolean hasVolume =
        mounts.mounts().stream()
            .anyMatch(
                m ->
                    m instanceof VolumeMount v
                        && v.name().orElse("").equals(volume)
                        && v.target().equals("/app"));
    boolean hasBind =
        mounts.mounts().stream()
            .anyMatch(
                m ->
                    m instanceof BindMount b
                        && b.source().equals(site)
                        && b.target().equals(BindMounts.TARGET));
    Check.Builder bridge =
        Check.of("The lesson's container holds the volume and the bind mount lesson 2 converts");
    for (Mount mount : mounts.mounts()) {
      bridge.evidence(mount.type().word(), mount.toMountFlag());
    }
    String diagram =
        LayerStack.of(run.engine(), LabApp.image(run), run.baseImage())
            .render(
                WritableLayerDir.of(run, mounts)
                    .map(WritableLayerDir::diagramLabel)
                    .or(() -> Optional.of(mounts.graphDriver() + ": not shown by this engine")),
                mounts.mounts());
    return new StepReport(
        List.of(
            bridge
                .hint(
                    web
                        + " should have exactly "
                        + volume
                        + " at /app and "
                        + site
                        + " at "
                        + BindMounts.TARGET
                        + ": see step 11")
                .holds(hasVolume && hasBind && mounts.mounts().size() == 2)),
        notes,
        diagram);
  }

  private static List<String> recap(LessonRun run) {
    List<String> lines = new ArrayList<>();
    for (StepResult result : run.results()) {
      lines.add(
          String.format(
              "recap: step %2d  %-4s  %s",
              result.number(), result.failed() ? "FAIL" : "PASS", result.title()));
    }
    lines.add(
        "Next: lesson 2 turns "
            + LabContainers.named(run, LabContainers.WEB)
            + "'s volume and bind mount into Kubernetes storage objects.");
    return lines;
  }
}
