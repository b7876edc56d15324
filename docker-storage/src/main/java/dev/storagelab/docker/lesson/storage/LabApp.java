package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.BuildRequest;
import dev.storagelab.docker.engine.BuildResult;
import dev.storagelab.docker.engine.ImageSummary;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The to-do app that ships with the toolkit: its build context, and building it. */
final class LabApp {

  /** The lesson image's repository; every tag the lesson gives is in it. */
  static final String REPOSITORY = "storage-lab/todo";

  /** The image the lesson builds and runs. */
  static final String IMAGE = REPOSITORY + ":lesson";

  /** The files of the build context, as resources under {@code /lab/todo/}. */
  static final List<String> FILES =
      List.of("Dockerfile", "rootfs/etc/todo/app.conf", "cgi-bin/todo", "index.html");

  /** The app file step 3 changes. */
  static final String CHANGED_FILE = "cgi-bin/todo";

  private LabApp() {}

  /** The learner's lesson image: {@link #IMAGE}, named as theirs. */
  static String image(LessonRun run) {
    return run.image(IMAGE);
  }

  /** The repository of the learner's lesson image, for the tags a step gives it. */
  static String repository(LessonRun run) {
    String image = image(run);
    return image.substring(0, image.lastIndexOf(':'));
  }

  /** The lesson image, built if the engine does not have it. */
  static ImageSummary ensureImage(LessonRun run) {
    String image = image(run);
    return run.engine().findImage(image).orElseGet(() -> build(run, image, dir -> {}).image());
  }

  /**
   * A build of the app: the image, and how the engine built it.
   *
   * @param image the built image
   * @param build the builder's report: which builder, how many steps, how many from its cache
   */
  record Built(ImageSummary image, BuildResult build) {}

  /**
   * Builds the app from a fresh copy of its context.
   *
   * @param tag the tag to give the image
   * @param change what to change in the copy before building
   */
  static Built build(LessonRun run, String tag, Consumer<Path> change) {
    Path context = copyContext();
    try {
      change.accept(context);
      return buildIn(run, tag, context);
    } finally {
      delete(context);
    }
  }

  /**
   * Builds an image of the lesson's own from a Dockerfile alone (no other file in its context),
   * labelled as the app is.
   *
   * @param dockerfile the Dockerfile's text; its {@code ARG BASE} gets the run's base image
   */
  static Built buildDockerfile(LessonRun run, String tag, String dockerfile) {
    Path context;
    try {
      context = Files.createTempDirectory("storage-lab-build");
      Files.writeString(context.resolve("Dockerfile"), dockerfile);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a build context", e);
    }
    try {
      return buildIn(run, tag, context);
    } finally {
      delete(context);
    }
  }

  private static Built buildIn(LessonRun run, String tag, Path context) {
    labelInDockerfile(context.resolve("Dockerfile"), run.owner().imageLabels(tag));
    BuildResult build =
        run.engine()
            .buildImage(
                new BuildRequest(context, Set.of(tag), Map.of(), Map.of("BASE", run.baseImage())),
                run::progress);
    ImageSummary image =
        run.engine()
            .findImage(tag)
            .orElseThrow(() -> new LessonException("The build did not tag " + tag));
    return new Built(image, build);
  }

  /**
   * Adds the ownership labels to the build's copy of the Dockerfile as one {@code LABEL}: the
   * engine's legacy builder turns each {@code --label} of a build into a step of its own, each a
   * container made and committed, which costs a build a tenth of a second per label.
   */
  private static void labelInDockerfile(Path dockerfile, Map<String, String> labels) {
    StringBuilder line = new StringBuilder("\nLABEL");
    labels.forEach(
        (key, value) ->
            line.append(' ')
                .append(key)
                .append("=\"")
                .append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"'));
    try {
      Files.writeString(dockerfile, line.append('\n').toString(), StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the app's build context", e);
    }
  }

  /** The Dockerfile's instructions after {@code FROM}, as keywords in order. */
  static List<String> instructions() {
    List<String> keywords = new ArrayList<>();
    boolean afterFrom = false;
    for (String line : resource("Dockerfile").lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String keyword = trimmed.split("\\s+")[0].toUpperCase(java.util.Locale.ROOT);
      if (afterFrom) {
        keywords.add(keyword);
      }
      afterFrom |= keyword.equals("FROM");
    }
    return keywords;
  }

  /**
   * The learner's own copy of the build context, in their practice folder: written once, then
   * theirs to change (step 3 edits it), so never written over.
   */
  static Path practiceContext(LessonRun run) {
    Path dir = run.labDir().resolve("todo");
    if (!Files.exists(dir.resolve("Dockerfile"))) {
      writeContext(dir);
    }
    return dir;
  }

  private static Path copyContext() {
    try {
      return writeContext(Files.createTempDirectory("storage-lab-todo"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the app's build context", e);
    }
  }

  private static Path writeContext(Path dir) {
    try {
      for (String file : FILES) {
        Path target = dir.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, resource(file));
      }
      Files.setPosixFilePermissions(
          dir.resolve("cgi-bin/todo"), PosixFilePermissions.fromString("rwxr-xr-x"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the app's build context", e);
    }
  }

  private static String resource(String file) {
    try (InputStream in = LabApp.class.getResourceAsStream("/lab/todo/" + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource /lab/todo/" + file);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder is harmless.
    }
  }
}
