package dev.storagelab.docker.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** A file replaced whole or not at all: written beside itself, then moved into place. */
public final class AtomicFile {

  private AtomicFile() {}

  /**
   * Writes the file, readable by all as files here usually are.
   *
   * @throws UncheckedIOException when it cannot be written; nothing is left half-written
   */
  public static void write(Path file, String text) {
    write(file, text, new FileAttribute<?>[0]);
  }

  /**
   * Writes a file that holds a secret (a client key): it is its owner's alone from before the first
   * byte is written.
   */
  public static void writeOwnerOnly(Path file, String text) {
    write(
        file,
        text,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
  }

  private static void write(Path file, String text, FileAttribute<?>... attributes) {
    Path target = file.toAbsolutePath();
    try {
      Files.createDirectories(target.getParent());
      Path temp =
          Files.createTempFile(
              target.getParent(), "." + target.getFileName().toString(), ".tmp", attributes);
      try {
        Files.writeString(temp, text);
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
}
