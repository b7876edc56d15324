package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.EngineException;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 12: -v and --mount give the same mount, and differ on a missing host path. */
final class MountSyntaxes implements PractisedStep {

  static final String WITH_V = "storage-lab-syntax-v";
  static final String WITH_MOUNT = "storage-lab-syntax-mount";

  @Override
  public String title() {
    return "-v vs --mount";
  }

  @Override
  public String explain() {
    return "-v packs a mount into SOURCE:TARGET:MODE; --mount spells every option as key=value."
        + " For the same mount both give the engine the same thing. They differ when the host"
        + " path is missing: -v quietly creates an empty directory there (often not what you"
        + " meant), --mount type=bind refuses with an error.";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        new Question(
            "With -v, a host path that does not exist gives: an error, or a new empty folder?",
            List.of("error", "folder"),
            "folder"));
  }

  @Override
  public List<String> commands(LessonRun run) {
    Path dir = run.hostLabDir().resolve("syntax");
    return List.of(
        "mkdir -p " + dir,
        "docker create --name "
            + LabContainers.named(run, WITH_V)
            + " -v "
            + dir
            + ":/data:ro "
            + LabApp.image(run),
        "docker create --name "
            + LabContainers.named(run, WITH_MOUNT)
            + " --mount type=bind,src="
            + dir
            + ",dst=/data,readonly "
            + LabApp.image(run),
        "docker run --rm -v "
            + run.hostLabDir().resolve("missing-v")
            + ":/data "
            + LabApp.image(run)
            + " true",
        "docker create --mount type=bind,src="
            + run.hostLabDir().resolve("missing-mount")
            + ",dst=/data "
            + LabApp.image(run));
  }

  @Override
  public String goal(LessonRun run) {
    return "Create "
        + LabContainers.named(run, WITH_V)
        + " with -v and "
        + LabContainers.named(run, WITH_MOUNT)
        + " with --mount, both binding "
        + run.hostLabDir().resolve("syntax")
        + " read-only at /data; then give each syntax a host path that does not exist.";
  }

  @Override
  public StepReport check(LessonRun run) {
    List<String> cli = commands(run);
    String dir = run.hostLabDir().resolve("syntax").toString();
    List<Check> checks = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    for (String wanted : List.of(WITH_V, WITH_MOUNT)) {
      String name = LabContainers.named(run, wanted);
      String command = cli.get(wanted.equals(WITH_V) ? 1 : 2);
      Optional<ContainerInspect> container = Learner.container(run, name);
      if (container.isEmpty()) {
        checks.add(Learner.exists(run, name, command));
        continue;
      }
      Check bound = Learner.bindAt(container.get(), dir, "/data", false, command);
      checks.add(bound);
      if (bound.holds()) {
        container.get().mounts().forEach(m -> flags.add(m.toMountFlag()));
      }
    }
    if (flags.size() == 2) {
      checks.add(
          Check.of("Both syntaxes gave the engine the same mount")
              .evidence("-v", flags.get(0))
              .evidence("--mount", flags.get(1))
              .holds(flags.get(0).equals(flags.get(1))));
    }
    Path missingV = run.hostLabDir().resolve("missing-v");
    Path missingMount = run.hostLabDir().resolve("missing-mount");
    boolean created = run.host().exists(missingV.toString());
    boolean refused = !run.host().exists(missingMount.toString());
    checks.add(
        Check.of("-v created its missing host path as an empty directory")
            .evidence("host path", missingV + (created ? " exists" : " still missing"))
            .hint("-v has not met its missing path yet: " + cli.get(3))
            .holds(created));
    checks.add(
        Check.of("--mount type=bind made no missing host path: it refused")
            .evidence("host path", missingMount + (refused ? " still missing" : " exists"))
            .hint(
                missingMount
                    + " exists, so --mount had nothing to refuse: remove that folder and try "
                    + cli.get(4))
            .holds(refused));
    return new StepReport(checks, List.of(), "");
  }

  @Override
  public StepReport perform(LessonRun run) {
    Path dir = run.hostLabDir().resolve("syntax");
    run.host().write(dir.resolve(".storage-lab").toString(), "a lab folder of storage-lab\n");
    String image = LabApp.ensureImage(run).id();
    Mount fromV = created(run, base(run, WITH_V, image).withVolumeFlag(dir + ":/data:ro"));
    Mount fromMount =
        created(
            run,
            base(run, WITH_MOUNT, image)
                .withMount(BindMount.of(dir.toString(), "/data").withReadOnly(true)));
    Check same =
        Check.of("Both syntaxes give the engine the same mount")
            .evidence("-v " + dir + ":/data:ro", fromV.toMountFlag())
            .evidence(
                "--mount type=bind,src=" + dir + ",dst=/data,readonly", fromMount.toMountFlag())
            .holds(fromV.toMountFlag().equals(fromMount.toMountFlag()));
    Path missingV = run.hostLabDir().resolve("missing-v");
    Path missingMount = run.hostLabDir().resolve("missing-mount");
    // An earlier run's -v made missing-v: the proof needs it missing again.
    run.host().delete(missingV.toString());
    String withV =
        run.engine().createContainer(base(run, null, image).withVolumeFlag(missingV + ":/data"));
    run.engine().startContainer(withV);
    boolean created = run.host().exists(missingV.toString());
    run.engine().removeContainer(withV);
    String refusal =
        refusal(
            run, base(run, null, image).withMount(BindMount.of(missingMount.toString(), "/data")));
    return StepReport.of(
        same,
        Check.of("-v creates a missing host path as an empty directory")
            .evidence("host path", missingV + (created ? " now exists" : " still missing"))
            .holds(created),
        Check.of("--mount type=bind refuses a missing host path; the engine says why")
            .evidence("engine", refusal)
            .evidence(
                "host path",
                missingMount
                    + (run.host().exists(missingMount.toString()) ? " exists" : " still missing"))
            .holds(
                refusal.contains("does not exist") && !run.host().exists(missingMount.toString())));
  }

  private static ContainerSpec base(LessonRun run, String wanted, String image) {
    String name = wanted == null ? null : run.name(EngineObject.Kind.CONTAINER, wanted);
    if (name != null) {
      LabContainers.remove(run, name);
    }
    return ContainerSpec.of(name, image).withLabels(run.labels(EngineObject.Kind.CONTAINER));
  }

  private static Mount created(LessonRun run, ContainerSpec spec) {
    String id = run.engine().createContainer(spec);
    return run.engine().inspectContainer(id).orElseThrow().mounts().get(0);
  }

  private static String refusal(LessonRun run, ContainerSpec spec) {
    try {
      String id = run.engine().createContainer(spec);
      run.engine().removeContainer(id);
      return "(the engine accepted it)";
    } catch (EngineException e) {
      return e.getMessage();
    }
  }
}
