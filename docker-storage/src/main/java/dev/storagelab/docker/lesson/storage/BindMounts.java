package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.Question;
import dev.storagelab.lesson.StepReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Step 11: a host folder bound into the container; a file written on either side is seen on the
 * other.
 */
final class BindMounts implements PractisedStep {

  static final String TARGET = "/srv/site";

  @Override
  public String title() {
    return "Bind mounts";
  }

  @Override
  public String explain() {
    return "A bind mount puts any host path you manage into the container; a volume's source is"
        + " an area the engine manages. Both sides see the same files at once, because they are"
        + " the same files. The lesson's container now has both: the volume at /app and a lab"
        + " folder of the host at "
        + TARGET
        + ".";
  }

  @Override
  public Optional<Question> question() {
    return Optional.of(
        Question.yesNo(
            "A file written on the host into the bound folder: does the running container see it"
                + " without a restart?",
            true));
  }

  @Override
  public List<String> commands(LessonRun run) {
    Path site = site(run);
    return List.of(
        "mkdir -p " + site + " && echo 'written on the host' > " + site + "/from-host.txt",
        "docker run -d --name "
            + LabContainers.named(run, LabContainers.WEB)
            + " -p 127.0.0.1::8080 -v "
            + LabContainers.volume(run)
            + ":/app -v "
            + site
            + ":"
            + TARGET
            + " "
            + LabApp.image(run),
        "docker exec "
            + LabContainers.named(run, LabContainers.WEB)
            + " cat "
            + TARGET
            + "/from-host.txt",
        "docker exec "
            + LabContainers.named(run, LabContainers.WEB)
            + " sh -c \"echo 'written in the container' > "
            + TARGET
            + "/from-container.txt\"",
        "cat " + site + "/from-container.txt");
  }

  @Override
  public String goal(LessonRun run) {
    return "Bind the host folder "
        + site(run)
        + " into "
        + LabContainers.named(run, LabContainers.WEB)
        + " at "
        + TARGET
        + " (with the volume at /app), and pass a file each way: one written on the host, one"
        + " written in the container.";
  }

  @Override
  public StepReport check(LessonRun run) {
    List<String> cli = commands(run);
    Check runs = Learner.runs(run, LabContainers.named(run, LabContainers.WEB), cli.get(1));
    if (!runs.holds()) {
      return StepReport.of(runs);
    }
    ContainerInspect web =
        Learner.container(run, LabContainers.named(run, LabContainers.WEB)).orElseThrow();
    Path site = site(run);
    String fromHost = readOrEmpty(run, site.resolve("from-host.txt"));
    String fromContainer = readOrEmpty(run, site.resolve("from-container.txt"));
    return StepReport.of(
        runs,
        Learner.volumeAt(web, LabContainers.volume(run), "/app", cli.get(1)),
        Learner.bindAt(web, site.toString(), TARGET, true, cli.get(1)),
        Check.of("A file written on the host is in the folder the container sees")
            .evidence("host file", site.resolve("from-host.txt") + ": " + fromHost.strip())
            .hint("write it on the host: " + cli.get(0))
            .holds(fromHost.strip().equals("written on the host")),
        Check.of("A file written in the container is read on the host")
            .evidence(
                "read on the host",
                site.resolve("from-container.txt") + ": " + fromContainer.strip())
            .hint("write it in the container: " + cli.get(3))
            .holds(fromContainer.strip().equals("written in the container")));
  }

  private static String readOrEmpty(LessonRun run, Path file) {
    return run.host().exists(file.toString()) ? run.host().read(file.toString()) : "(missing)";
  }

  @Override
  public StepReport perform(LessonRun run) {
    Path site = site(run);
    run.host().write(site.resolve("from-host.txt").toString(), "written on the host\n");
    String web = startWeb(run);
    ExecResult read = LabContainers.sh(run, web, "cat " + TARGET + "/from-host.txt");
    ExecResult write =
        LabContainers.sh(
            run, web, "echo 'written in the container' > " + TARGET + "/from-container.txt");
    String back = run.host().read(site.resolve("from-container.txt").toString());
    List<String> notes =
        run.host().sameHost()
            ? List.of()
            : List.of(
                "The engine does not share this machine's files: the bind source "
                    + site
                    + " is a folder of the engine's host, written and read here through a helper"
                    + " container that mounts that host's root.");
    StepReport report =
        StepReport.of(
            Check.of("A file written on the host is read in the container")
                .evidence("host file", site.resolve("from-host.txt"))
                .evidence(
                    "cat in " + web, read.ok() ? read.stdout().strip() : read.stderr().strip())
                .holds(read.ok() && read.stdout().strip().equals("written on the host")),
            Check.of("A file written in the container is read on the host")
                .evidence("written in the container", TARGET + "/from-container.txt")
                .evidence(
                    "read on the host", site.resolve("from-container.txt") + ": " + back.strip())
                .holds(write.ok() && back.strip().equals("written in the container")));
    return new StepReport(report.checks(), notes, report.diagram());
  }

  /** The lesson's container: the volume at /app and the lab folder at {@value #TARGET}. */
  static String startWeb(LessonRun run) {
    String volume = LabContainers.volume(run);
    if (run.engine().inspectVolume(volume).isEmpty()) {
      LabContainers.freshVolume(run);
    }
    Path site = site(run);
    run.host().write(site.resolve(".storage-lab").toString(), "a lab folder of storage-lab\n");
    return LabContainers.startApp(
        run,
        LabContainers.WEB,
        spec -> spec.withVolumeFlag(volume + ":/app").withVolumeFlag(site + ":" + TARGET));
  }

  static Path site(LessonRun run) {
    return run.hostLabDir().resolve("site");
  }
}
