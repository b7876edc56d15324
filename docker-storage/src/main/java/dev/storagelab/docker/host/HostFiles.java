package dev.storagelab.docker.host;

import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.EngineObject;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.docker.image.BaseImageResolver;
import dev.storagelab.docker.lab.Ownership;
import dev.storagelab.lesson.LessonException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Paths on the engine's host: read and written directly when the engine shares this machine's files
 * and this user may, otherwise through a short-lived container that mounts the host's root (which
 * is also how Docker Desktop's VM, a remote engine's host, or a data root this user cannot read are
 * seen).
 *
 * <p>Whether the engine shares this machine's files is decided by evidence, never by its address
 * alone: a local socket beside the engine's data root, or else a marker file made here and looked
 * for through a helper.
 */
public final class HostFiles {

  /** How the engine's host is reached. */
  public enum Access {
    /** Decide by evidence whether the engine shares this machine's files. */
    EVIDENCE,
    /** Treat the engine as remote: every host path through a helper container. */
    REMOTE
  }

  private final Engine engine;
  private final Supplier<String> helperImage;
  private final Map<String, String> labels;
  private final Access access;
  private final Consumer<String> notes;
  private Boolean sameHost;
  private boolean helperSaid;

  /**
   * Host access for a lesson run.
   *
   * @param helperImage the image of the helper container, made only when one is needed
   * @param labels the labels of a helper container, so that it is the run's own
   * @param notes told what the learner should know of how the host was reached
   */
  public HostFiles(
      Engine engine,
      Supplier<String> helperImage,
      Map<String, String> labels,
      Access access,
      Consumer<String> notes) {
    this.engine = engine;
    this.helperImage = helperImage;
    this.labels = Map.copyOf(labels);
    this.access = access;
    this.notes = notes;
  }

  /**
   * The engine's host as a command outside a lesson reaches it: any helper it needs runs from the
   * busybox base image (found or made on first use) and is labelled as {@code owner}'s.
   *
   * @param notes told when a helper reads the host for this machine
   */
  public static HostFiles of(Engine engine, Ownership owner, Consumer<String> notes) {
    Supplier<String> base =
        new Supplier<>() {
          private String reference;

          @Override
          public synchronized String get() {
            if (reference == null) {
              reference = BaseImageResolver.standard(engine).resolve(notes).reference();
            }
            return reference;
          }
        };
    return new HostFiles(
        engine, base, owner.labelsFor(EngineObject.Kind.CONTAINER), Access.EVIDENCE, notes);
  }

  /** Whether the engine shares this machine's files: decided once, by evidence. */
  public synchronized boolean sameHost() {
    if (sameHost == null) {
      sameHost = access == Access.EVIDENCE && (besideItsDataRoot() || markerSeen());
    }
    return sameHost;
  }

  /** Whether the path exists on the engine's host. */
  public boolean exists(String path) {
    Path local = Path.of(path);
    if (direct(local)) {
      return Files.exists(local);
    }
    return helper("test -e '/host" + path + "'", false).ok();
  }

  /** The names in a folder on the engine's host, sorted; empty when it does not exist. */
  public List<String> list(String dir) {
    Path local = Path.of(dir);
    if (direct(local)) {
      if (!Files.isDirectory(local)) {
        return List.of();
      }
      try (Stream<Path> entries = Files.list(local)) {
        return entries.map(p -> p.getFileName().toString()).sorted().toList();
      } catch (IOException e) {
        throw new LessonException("Cannot list " + dir + ": " + e.getMessage());
      }
    }
    ExecResult result = helper("ls -A '/host" + dir + "' 2>/dev/null | sort", false);
    return result.stdout().lines().filter(l -> !l.isBlank()).toList();
  }

  /** A small text file on the engine's host; empty when it cannot be read. */
  public String read(String path) {
    Path local = Path.of(path);
    if (direct(local)) {
      try {
        return Files.isRegularFile(local) ? Files.readString(local) : "";
      } catch (IOException e) {
        throw new LessonException("Cannot read " + path + ": " + e.getMessage());
      }
    }
    ExecResult result = helper("cat '/host" + path + "' 2>/dev/null", false);
    return result.ok() ? result.stdout() : "";
  }

  /**
   * Writes a small text file on the engine's host, making its folders: directly when the engine
   * shares this machine's files, else through a helper container.
   */
  public void write(String path, String text) {
    Path local = Path.of(path);
    if (sameHost()) {
      try {
        Files.createDirectories(local.getParent());
        Files.writeString(local, text);
        return;
      } catch (IOException e) {
        throw new LessonException("Cannot write " + path + ": " + e.getMessage());
      }
    }
    ExecResult result =
        helper(
            "mkdir -p \"$(dirname '/host"
                + path
                + "')\" && printf '%s' \"$1\" > '/host"
                + path
                + "'",
            true,
            text);
    if (!result.ok()) {
      throw new LessonException(
          "Cannot write " + path + " on the engine's host: " + result.stderr().strip());
    }
  }

  /**
   * Removes a folder and what it holds on the engine's host, if it is there: directly where this
   * user may, and what is left (containers write into bind mounts as their own user, often root)
   * through a helper container.
   */
  public void delete(String dir) {
    Path local = Path.of(dir);
    if (sameHost()) {
      deleteHere(local);
      if (!Files.exists(local, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
    }
    helper("rm -rf '/host" + dir + "'", true);
  }

  /** Deletes what this user may of a folder on this machine; the rest is left for a helper. */
  public static void deleteHere(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // What could not be walked is left for the helper.
    }
  }

  /** Whether the path can be read from here without a helper; says once why not. */
  private boolean direct(Path path) {
    if (!sameHost()) {
      sayHelper(
          "The engine does not share this machine's files: what it keeps on its host is read"
              + " through a helper container that mounts that host's root, read-only.");
      return false;
    }
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    boolean readable =
        existing != null
            && Files.isReadable(existing)
            && Files.isExecutable(existing.getParent() == null ? existing : existing.getParent());
    if (!readable) {
      sayHelper(
          "This user may not read "
              + path
              + " (the engine's files belong to root): host evidence is read through a helper"
              + " container that mounts the host's root, read-only.");
    }
    return readable;
  }

  private synchronized void sayHelper(String note) {
    if (!helperSaid) {
      helperSaid = true;
      notes.accept(note);
    }
  }

  /** A socket on this machine, and the engine's data root here beside it. */
  private boolean besideItsDataRoot() {
    return engine.endpoint().isUnixSocket() && Files.isDirectory(Path.of(engine.dataRoot()));
  }

  /** A file made here, seen by a container that mounts the engine host's root. */
  private boolean markerSeen() {
    Path marker;
    try {
      marker = Files.createTempFile("storage-lab-same-host-", ".marker");
    } catch (IOException e) {
      return false;
    }
    try {
      return helper("test -e '/host" + marker.toAbsolutePath() + "'", false).ok();
    } finally {
      try {
        Files.deleteIfExists(marker);
      } catch (IOException e) {
        marker.toFile().deleteOnExit();
      }
    }
  }

  /** Runs a script in a helper with the host's root at /host; {@code args} are its $1, $2... */
  private ExecResult helper(String script, boolean writable, String... args) {
    List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh"));
    command.addAll(List.of(args));
    return engine.run(
        ContainerSpec.of(null, helperImage.get())
            .withVolumeFlag(writable ? "/:/host" : "/:/host:ro")
            .withLabels(labels)
            .withCommand(command.toArray(String[]::new)));
  }
}
