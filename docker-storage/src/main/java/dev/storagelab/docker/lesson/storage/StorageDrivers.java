package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.containers.ContainerMounts;
import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.EngineStatus;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.layers.LayerStack;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 6: the storage driver stacks the layers; volume drivers keep data outside the stack. */
final class StorageDrivers implements PractisedStep {

  @Override
  public String title() {
    return "Storage drivers vs volume drivers";
  }

  @Override
  public String explain() {
    return "The storage driver (overlay2 here) builds image layers and the container layer: the"
        + " container's root filesystem is one overlay mount of read-only lower dirs and one"
        + " upper dir. Volume drivers are a different thing: local by default, or plugins for"
        + " EBS, GCE PD, Azure File, vSphere, Portworx. They keep data outside that stack, so it"
        + " is not tied to any container's layers.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of(
        "docker info --format '{{.Driver}} {{json .DriverStatus}} {{json .Plugins.Volume}}'",
        "docker inspect --format '{{json .GraphDriver}}' "
            + LabContainers.named(run, LabContainers.APP),
        "docker exec " + LabContainers.named(run, LabContainers.APP) + " grep ' / ' /proc/mounts");
  }

  @Override
  public String goal(LessonRun run) {
    return "Ask the engine which storage driver builds its layers and which volume plugins it"
        + " has, and see your "
        + LabContainers.named(run, LabContainers.APP)
        + "'s root as the driver mounted it.";
  }

  @Override
  public StepReport check(LessonRun run) {
    return Learner.given(
        Learner.appRuns(run), () -> prove(run, LabContainers.named(run, LabContainers.APP)));
  }

  @Override
  public StepReport perform(LessonRun run) {
    return prove(run, WritableLayer.appWithDemo(run));
  }

  /** The proof, on the running app container: it only reads. */
  private static StepReport prove(LessonRun run, String app) {
    EngineStatus status = run.engine().status();
    ContainerInspect facts = run.engine().inspectContainer(app).orElseThrow();
    ExecResult mounts = LabContainers.sh(run, app, "grep ' / ' /proc/mounts");
    String root = mounts.stdout().lines().findFirst().orElse("");
    String rootType = root.isEmpty() ? "" : root.split(" ")[2];
    List<Check> checks = new ArrayList<>();
    Check.Builder driver =
        Check.of("The container's root is a mount made by the storage driver")
            .evidence("storage driver", status.storage().name())
            .evidence("backing filesystem", status.storage().backingFilesystem())
            .evidence("root in /proc/mounts", abbreviate(root));
    boolean overlay = status.storage().name().startsWith("overlay");
    Optional<WritableLayerDir> layer = WritableLayerDir.of(run, facts);
    if (WritableLayerDir.isVfs(status.storage().name())) {
      checks.add(vfsRoot(run, root, rootType, layer));
    } else {
      facts.upperDir().ifPresent(upper -> driver.evidence("upper dir (inspect)", upper));
      int lowers = facts.layerDirs().getOrDefault("LowerDir", "").split(":").length;
      driver.evidence("lower dirs", lowers);
      boolean upperMatches = facts.upperDir().map(root::contains).orElse(true);
      checks.add(driver.holds(!overlay || rootType.equals("overlay") && upperMatches));
    }
    checks.add(
        Check.of("Volume drivers are separate: the engine lists its volume plugins")
            .evidence("volume plugins", String.join(", ", status.volumePlugins()))
            .holds(status.volumePlugins().contains("local")));
    LayerStack stack = LayerStack.of(run.engine(), LabApp.image(run), run.baseImage());
    String diagram =
        stack.render(
            Optional.of(
                layer
                    .map(WritableLayerDir::diagramLabel)
                    .orElse(status.storage().name() + ": not shown by this engine")),
            ContainerMounts.of(run.engine(), app).mounts());
    return new StepReport(
        checks,
        WritableLayerDir.isVfs(status.storage().name()) ? List.of(WritableLayer.VFS) : List.of(),
        diagram);
  }

  /**
   * vfs makes no mount: the container's root is the plain directory vfs copied the image into, on
   * the data root's own filesystem.
   */
  private static Check vfsRoot(
      LessonRun run, String root, String rootType, Optional<WritableLayerDir> layer) {
    Check.Builder check =
        Check.of("vfs makes no overlay mount: the container's root is a plain directory copy")
            .evidence("storage driver", "vfs")
            .evidence("root in /proc/mounts", abbreviate(root))
            .evidence("root filesystem type", rootType);
    boolean copy =
        layer
            .map(
                dir -> {
                  check.evidence("vfs dir", dir.path());
                  return run.host().exists(dir.path() + "/bin/busybox");
                })
            .orElse(false);
    return check.holds(!rootType.equals("overlay") && copy);
  }

  private static String abbreviate(String line) {
    return line.length() > 160 ? line.substring(0, 157) + "..." : line;
  }
}
