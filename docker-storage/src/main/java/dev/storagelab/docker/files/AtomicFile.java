package dev.storagelab.docker.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** A file replaced whole or not at all: written beside itself, then moved into place. */
public final class AtomicFile {

  private AtomicFile() {}

  /** Readable by all, written by the owner: a handout or a progress file, made to be read. */
  private static final Set<PosixFilePermission> SHARED =
      PosixFilePermissions.fromString("rw-r--r--");

  /**
   * Writes the file, readable by all (mode 0644) as files here usually are.
   *
   * @throws UncheckedIOException when it cannot be written; nothing is left half-written
   */
  public static void write(Path file, String text) {
    write(file, text, true);
  }

  /**
   * Writes a file that holds a secret (a client key): it is its owner's alone from before the first
   * byte is written.
   */
  public static void writeOwnerOnly(Path file, String text) {
    write(file, text, false);
  }

  /**
   * Writes through a temporary file, which the JDK makes its owner's alone (0600); a shared file is
   * opened to all before it is moved into place, so it never appears with the wrong mode.
   */
  private static void write(Path file, String text, boolean shared) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp =
          Files.createTempFile(target.getParent(), "." + target.getFileName().toString(), ".tmp");
      try {
        Files.writeString(temp, text);
        if (shared) {
          share(temp);
        }
        try {
          Files.move(
              temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static void share(Path temp) throws IOException {
    try {
      Files.setPosixFilePermissions(temp, SHARED);
    } catch (UnsupportedOperationException e) {
      // A file system without POSIX modes (FAT, Windows) has nothing to open.
    }
  }
}
