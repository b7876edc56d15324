package dev.storagelab.k8s.sources;

import dev.storagelab.docker.compose.ComposeFile;
import dev.storagelab.docker.compose.ComposeProject;
import dev.storagelab.docker.containers.ContainerMounts;
import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.engine.ObjectNotFoundException;
import dev.storagelab.docker.input.UserHome;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.ParseContext;
import dev.storagelab.docker.mounts.RunLine;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.process.ProcessSpec;
import dev.storagelab.docker.process.RunFlags;
import dev.storagelab.docker.volumes.VolumeInfo;
import dev.storagelab.k8s.bridge.HostFacts;
import dev.storagelab.k8s.bridge.Workload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the bridge's input from each kind of source, and what is known of the Docker host: the data
 * root, the volumes that exist, and each bind source, checked where the engine runs here.
 */
public final class BridgeSources {

  private BridgeSources() {}

  /** A {@code docker run} line; the engine, if one answers, tells what exists. */
  public static BridgeInput runLine(String line, Optional<Engine> engine) {
    ParseContext context =
        ParseContext.inWorkingDir(engine.map(e -> e.endpoint().isLocal()).orElse(false));
    RunLine run = RunLine.parse(line, context);
    ProcessSpec process = RunFlags.of(run, context.workingDir(), System.getenv());
    String name =
        process
            .containerName()
            .or(() -> run.image().map(BridgeSources::nameOfImage))
            .orElse("docker-run");
    Workload workload = new Workload(name, run.image(), run.mounts(), List.of(), process);
    return new BridgeInput(name, List.of(workload), facts(List.of(workload), engine));
  }

  /** A container on the engine. */
  public static BridgeInput container(Engine engine, String name) {
    ContainerInspect container = ContainerMounts.of(engine, name);
    // The image gives the pod its own variables again: only the container's are carried over.
    List<String> imageEnv =
        engine.findImage(container.image()).map(ImageSummary::env).orElse(List.of());
    Workload workload =
        new Workload(
            container.name(),
            Optional.of(container.image()),
            container.mounts(),
            List.of(),
            container.process().withoutImageEnv(imageEnv));
    return new BridgeInput(
        container.name(), List.of(workload), facts(List.of(workload), Optional.of(engine)));
  }

  /** A volume on the engine, on its own: a PersistentVolume and claim, no workload. */
  public static BridgeInput volume(Engine engine, String name) {
    VolumeInfo volume =
        engine
            .measureVolume(name)
            .orElseThrow(() -> new ObjectNotFoundException("No such volume: " + name, null));
    VolumeMount mount =
        VolumeMount.named(name, "/data")
            .driver(volume.driver())
            .driverOptions(volume.options())
            .labels(volume.labels())
            .state(
                new dev.storagelab.docker.mounts.VolumeState(
                    volume.mountpoint(), volume.sizeBytes()))
            .build();
    Workload workload = new Workload(name, Optional.empty(), List.of(), List.of(mount));
    return new BridgeInput(
        name, List.of(workload), facts(List.of(workload), Optional.of(engine)), true);
  }

  /** A compose file: one workload per service. */
  public static BridgeInput compose(Path file, Optional<Engine> engine) {
    ComposeProject project = ComposeFile.read(file, UserHome.get());
    List<Workload> workloads =
        project.services().stream()
            .map(s -> new Workload(s.name(), s.image(), s.mounts(), s.files(), s.process()))
            .toList();
    return new BridgeInput(project.name(), workloads, facts(workloads, engine));
  }

  private static HostFacts facts(List<Workload> workloads, Optional<Engine> engine) {
    List<String> assumptions = new ArrayList<>();
    Optional<String> dataRoot = engine.map(Engine::dataRoot);
    if (engine.isEmpty()) {
      assumptions.add(
          "No Docker engine answered: volume paths assume the data root "
              + HostFacts.DEFAULT_DATA_ROOT
              + ", and bind sources could not be checked.");
    }
    Map<String, VolumeInfo> volumes = new HashMap<>();
    Map<String, HostFacts.PathKind> paths = new HashMap<>();
    boolean local = engine.map(e -> e.endpoint().isLocal()).orElse(false);
    if (engine.isPresent() && !local) {
      assumptions.add("The engine is not on this machine: bind sources could not be checked.");
    }
    for (Workload workload : workloads) {
      for (Mount mount : workload.mounts()) {
        if (mount instanceof VolumeMount v && v.name().isPresent() && engine.isPresent()) {
          engine
              .get()
              .measureVolume(v.name().get())
              .ifPresent(info -> volumes.put(info.name(), info));
        }
        if (mount instanceof BindMount b && local) {
          Path path = Path.of(b.source());
          paths.put(
              b.source(),
              Files.isDirectory(path)
                  ? HostFacts.PathKind.DIRECTORY
                  : Files.exists(path) ? HostFacts.PathKind.FILE : HostFacts.PathKind.MISSING);
        }
      }
    }
    return new HostFacts(dataRoot, volumes, paths, assumptions);
  }

  /** {@code registry:5000/team/app:1.2} is {@code app}. */
  static String nameOfImage(String image) {
    String withoutDigest = image.split("@")[0];
    String last = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
    return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
  }
}
