package dev.storagelab.docker.lesson;

import dev.storagelab.docker.engine.ContainerSpec;
import dev.storagelab.docker.engine.Engine;
import dev.storagelab.docker.engine.ExecResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Paths on the engine's host: read directly when the engine runs here and this user may read them,
 * otherwise through a short-lived container that mounts the host's root read-only (which is also
 * how Docker Desktop's VM is seen).
 */
public final class HostFiles {

  private final Engine engine;
  private final Supplier<String> helperImage;
  private final Map<String, String> labels;

  HostFiles(Engine engine, Supplier<String> helperImage, Map<String, String> labels) {
    this.engine = engine;
    this.helperImage = helperImage;
    this.labels = Map.copyOf(labels);
  }

  /** Whether the path exists on the engine's host. */
  public boolean exists(String path) {
    Path local = Path.of(path);
    if (direct(local)) {
      return Files.exists(local);
    }
    return helper("test -e '/host" + path + "'").ok();
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
    ExecResult result = helper("ls -A '/host" + dir + "' 2>/dev/null | sort");
    return result.stdout().lines().filter(l -> !l.isBlank()).toList();
  }

  /** Whether the path can be read from here without a helper. */
  private boolean direct(Path path) {
    if (!engine.endpoint().isLocal()) {
      return false;
    }
    Path existing = path;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null
        && Files.isReadable(existing)
        && Files.isExecutable(existing.getParent() == null ? existing : existing.getParent());
  }

  private ExecResult helper(String script) {
    return engine.run(
        ContainerSpec.of(null, helperImage.get())
            .withVolumeFlag("/:/host:ro")
            .withLabels(labels)
            .withCommand("sh", "-c", script));
  }
}
