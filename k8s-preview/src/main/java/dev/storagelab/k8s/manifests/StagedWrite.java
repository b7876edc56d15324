package dev.storagelab.k8s.manifests;

import dev.storagelab.k8s.manifests.ManifestWriter.FileContent;
import dev.storagelab.k8s.manifests.ManifestWriter.FileExistsException;
import dev.storagelab.k8s.manifests.ManifestWriter.ManifestWriteException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a set of files into a folder all at once or not at all: checks every target first, writes
 * the set into a fresh sibling folder, then renames that folder into place (a new folder) or moves
 * its files in one by one (an existing folder), the last file last. A staging folder left by a
 * killed run carries its process ID in its name and is removed by the next run.
 */
final class StagedWrite {

  private static final String STAGING = ".storage-lab-staging-";
  private static final Set<PosixFilePermission> SHARED =
      PosixFilePermissions.fromString("rw-r--r--");
  private static final Set<PosixFilePermission> PRIVATE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwxr-xr-x");

  private final Path dir;
  private final Map<String, FileContent> files;

  StagedWrite(Path dir, Map<String, FileContent> files) {
    this.dir = dir;
    this.files = files;
  }

  void run(boolean force) {
    check(force);
    Path parent = dir.getParent();
    removeAbandonedStaging(parent);
    Path staging = null;
    Thread cleanup = null;
    try {
      Files.createDirectories(parent);
      staging = Files.createTempDirectory(parent, STAGING + ProcessHandle.current().pid() + "-");
      Path stagingDir = staging;
      cleanup = new Thread(() -> delete(stagingDir));
      Runtime.getRuntime().addShutdownHook(cleanup);
      for (Map.Entry<String, FileContent> file : files.entrySet()) {
        Path target = staging.resolve(file.getKey());
        Files.writeString(target, file.getValue().text());
        permissions(target, file.getValue().secret() ? PRIVATE : SHARED);
      }
      if (Files.isDirectory(dir)) {
        for (String name : files.keySet()) {
          move(staging.resolve(name), dir.resolve(name));
        }
      } else {
        permissions(staging, FOLDER);
        move(staging, dir);
      }
    } catch (IOException e) {
      throw new ManifestWriteException("Cannot write to " + dir + ": " + reason(e), e);
    } finally {
      if (staging != null) {
        delete(staging);
      }
      if (cleanup != null) {
        removeHook(cleanup);
      }
    }
  }

  private void check(boolean force) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ManifestWriteException(
          "Cannot write to " + dir + ": it exists and is not a folder. Give --out a folder.");
    }
    List<Path> existing = new ArrayList<>();
    for (String name : files.keySet()) {
      Path target = dir.resolve(name);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new ManifestWriteException(
              "Cannot write "
                  + target
                  + ": something that is not a plain file is in its place; nothing was written.");
        }
        existing.add(target);
      }
    }
    if (!force && !existing.isEmpty()) {
      throw new FileExistsException(existing);
    }
    if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
      throw new ManifestWriteException(
          "Cannot write to " + dir + ": permission denied; nothing was written.");
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void permissions(Path path, Set<PosixFilePermission> permissions)
      throws IOException {
    try {
      Files.setPosixFilePermissions(path, permissions);
    } catch (UnsupportedOperationException notPosix) {
      // Windows keeps its own access rules; there is nothing to set.
    }
  }

  /** Staging folders whose process is gone: a run killed before it could clean up. */
  private static void removeAbandonedStaging(Path parent) {
    if (!Files.isDirectory(parent)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, STAGING + "*")) {
      for (Path entry : entries) {
        String rest = entry.getFileName().toString().substring(STAGING.length());
        String pid = rest.contains("-") ? rest.substring(0, rest.indexOf('-')) : rest;
        if (pid.matches("\\d{1,18}")
            && ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive).isEmpty()) {
          delete(entry);
        }
      }
    } catch (IOException e) {
      // Only tidying: the write itself reports any real problem with the folder.
    }
  }

  private static void delete(Path tree) {
    if (!Files.exists(tree, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // Best effort: what cannot be deleted is a staging folder the next run removes.
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it removes the staging folder itself.
    }
  }

  /** Why a write failed, in the words a user knows from the shell. */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied (" + e.getMessage() + ")";
    }
    if (e instanceof FileAlreadyExistsException) {
      return e.getMessage() + " is a file, not a folder";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder (" + e.getMessage() + ")";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder (" + e.getMessage() + ")";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason().toLowerCase(java.util.Locale.ROOT) + " (" + fs.getFile() + ")";
    }
    return String.valueOf(e.getMessage());
  }
}
