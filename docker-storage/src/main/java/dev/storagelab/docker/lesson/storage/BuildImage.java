package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.docker.lesson.Check;
import dev.storagelab.docker.lesson.LessonRun;
import dev.storagelab.docker.lesson.Step;
import dev.storagelab.docker.lesson.StepReport;
import java.util.ArrayList;
import java.util.List;

/** Step 1: the to-do app is built offline from the Dockerfile that ships with the toolkit. */
final class BuildImage implements Step {

  @Override
  public String title() {
    return "Build the lab image";
  }

  @Override
  public String explain() {
    return "An image is built from a Dockerfile: each instruction runs on top of the result of the"
        + " one before. Our to-do app is a few shell files served by busybox httpd; its items are"
        + " files under /app/data. The base is a tiny busybox image, so the build needs no"
        + " registry.";
  }

  @Override
  public List<String> dockerCli(LessonRun run) {
    return List.of(
        "docker build --build-arg BASE=" + run.baseImage() + " -t " + LabApp.IMAGE + " .");
  }

  @Override
  public StepReport perform(LessonRun run) {
    List<String> output = new ArrayList<>();
    ImageSummary image = LabApp.build(run, LabApp.IMAGE, dir -> {}, output::add);
    long steps = output.stream().filter(line -> line.startsWith("Step ")).count();
    return StepReport.of(
        Check.of("The app image is built and tagged " + LabApp.IMAGE)
            .evidence("base image", run.baseImage())
            .evidence("image ID", image.id())
            .evidence("size", image.sizeBytes() + " bytes")
            .evidence("build steps run", steps)
            .holds(image.tags().contains(LabApp.IMAGE) && steps > 0));
  }
}
