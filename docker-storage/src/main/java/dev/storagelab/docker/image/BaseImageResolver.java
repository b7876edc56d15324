package dev.storagelab.docker.image;

import dev.storagelab.docker.engine.BuildRequest;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.lab.Ownership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds a base image without needing a registry: a local {@code busybox}; else one pulled, if a
 * registry answers quickly; else the host's static busybox, imported as a labelled image.
 */
public final class BaseImageResolver {

  /** The image the docker CLI lessons name. */
  public static final String BUSYBOX = "busybox:latest";

  /** The tag of the image storage-lab builds from the host's static busybox. */
  public static final String IMPORTED = "storage-lab/busybox:static";

  /** The lesson label of the shared base image. */
  public static final String LESSON = "toolkit";

  private static final List<Path> HOST_BUSYBOX =
      List.of(Path.of("/bin/busybox"), Path.of("/usr/bin/busybox"));

  private static final String DOCKERFILE =
      """
      FROM scratch
      COPY busybox /bin/busybox
      RUN ["/bin/busybox", "sh", "-c", "/bin/busybox --install -s /bin && mkdir -p /tmp /etc /var/www && chmod 1777 /tmp"]
      CMD ["sh"]
      """;

  private final Engine engine;
  private final String busybox;
  private final String importedTag;
  private final List<Path> busyboxCandidates;
  private final Duration pullTimeout;

  /**
   * A resolver.
   *
   * @param engine the engine to find or create the image on
   * @param busybox the busybox reference to look for and pull
   * @param importedTag the tag to give an image imported from the host's busybox
   * @param busyboxCandidates where to look for a static busybox binary, in order
   * @param pullTimeout how long a registry may take before the pull is given up
   */
  public BaseImageResolver(
      Engine engine,
      String busybox,
      String importedTag,
      List<Path> busyboxCandidates,
      Duration pullTimeout) {
    this.engine = engine;
    this.busybox = busybox;
    this.importedTag = importedTag;
    this.busyboxCandidates = List.copyOf(busyboxCandidates);
    this.pullTimeout = pullTimeout;
  }

  /**
   * A resolver for {@value #BUSYBOX} that pulls for 3 s at most and imports from where Debian's
   * {@code busybox-static} installs.
   */
  public static BaseImageResolver standard(Engine engine) {
    return new BaseImageResolver(engine, BUSYBOX, IMPORTED, HOST_BUSYBOX, Duration.ofSeconds(3));
  }

  /**
   * Finds or makes the base image.
   *
   * @param progress receives a line for each thing tried and the build's output
   * @throws BaseImageUnavailableException when every way fails; its message says what to install
   */
  public BaseImage resolve(Consumer<String> progress) {
    if (engine.findImage(busybox).isPresent()) {
      return new BaseImage(busybox, BaseImage.Origin.LOCAL, "the engine already has " + busybox);
    }
    Optional<BaseImage> imported = findImported();
    if (imported.isPresent()) {
      return imported.get();
    }
    progress.accept(
        "No local busybox image; trying a pull (" + pullTimeout.toSeconds() + " s at most)");
    if (engine.pullImage(busybox, pullTimeout)) {
      return new BaseImage(
          busybox, BaseImage.Origin.PULLED, "pulled " + busybox + " from a registry");
    }
    return importHostBusybox(progress);
  }

  /** Reuses the image an earlier run imported, if it is still storage-lab's. */
  private Optional<BaseImage> findImported() {
    return engine
        .findImage(importedTag)
        .filter(image -> importedTag.equals(image.labels().get(Ownership.IMAGE_TAG)))
        .map(
            image ->
                new BaseImage(
                    importedTag,
                    BaseImage.Origin.IMPORTED,
                    "imported earlier from the host's static busybox"));
  }

  private BaseImage importHostBusybox(Consumer<String> progress) {
    Path binary =
        busyboxCandidates.stream()
            .filter(Files::isRegularFile)
            .filter(StaticBinary::isStaticElf)
            .findFirst()
            .orElseThrow(() -> new BaseImageUnavailableException(busyboxCandidates));
    progress.accept("No registry answered; importing " + binary + " as " + importedTag);
    Path context = null;
    try {
      context = Files.createTempDirectory("storage-lab-base");
      Files.copy(binary, context.resolve("busybox"), StandardCopyOption.COPY_ATTRIBUTES);
      Files.writeString(context.resolve("Dockerfile"), DOCKERFILE);
      Ownership owner = Ownership.shared(LESSON);
      engine.buildImage(
          new BuildRequest(context, Set.of(importedTag), owner.imageLabels(importedTag)), progress);
      return new BaseImage(
          importedTag, BaseImage.Origin.IMPORTED, "imported the host's static " + binary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the base image's build context", e);
    } finally {
      deleteQuietly(context);
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary folder is harmless; the image is what matters.
    }
  }
}
