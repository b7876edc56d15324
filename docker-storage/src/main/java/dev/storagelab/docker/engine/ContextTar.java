package dev.storagelab.docker.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * A build context as the tar archive the engine's {@code /build} reads: every file and folder under
 * it with its permissions, owned by root, names relative to it. The lab's contexts are a few
 * megabytes at most, so the archive is made in memory.
 */
final class ContextTar {

  private ContextTar() {}

  /**
   * The archive of {@code dir}, its {@code Dockerfile} first in plain ustar: BuildKit tells an
   * archive from a bare Dockerfile by reading the first header from the first bytes of the body,
   * and a POSIX extended header there would not fit.
   */
  static byte[] of(Path dir) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes);
        Stream<Path> walk = Files.walk(dir)) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      Path dockerfile = dir.resolve("Dockerfile");
      List<Path> paths =
          walk.filter(p -> !p.equals(dir))
              .sorted(Comparator.comparing((Path p) -> !p.equals(dockerfile)).thenComparing(p -> p))
              .toList();
      for (Path path : paths) {
        add(tar, path, dir.relativize(path).toString().replace('\\', '/'));
      }
      tar.finish();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot pack the build context " + dir, e);
    }
    return bytes.toByteArray();
  }

  private static void add(TarArchiveOutputStream tar, Path path, String name) throws IOException {
    if (Files.isSymbolicLink(path)) {
      TarArchiveEntry link = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
      link.setLinkName(Files.readSymbolicLink(path).toString());
      link.setIds(0, 0);
      tar.putArchiveEntry(link);
      tar.closeArchiveEntry();
      return;
    }
    boolean folder = Files.isDirectory(path);
    TarArchiveEntry entry = new TarArchiveEntry(folder ? name + "/" : name);
    entry.setMode((folder ? 040000 : 0100000) | mode(path, folder));
    entry.setModTime(Files.getLastModifiedTime(path).toMillis() / 1000 * 1000);
    entry.setIds(0, 0);
    if (!folder) {
      entry.setSize(Files.size(path));
    }
    tar.putArchiveEntry(entry);
    if (!folder) {
      Files.copy(path, tar);
    }
    tar.closeArchiveEntry();
  }

  /** The permission bits, such as 0755; where the file system has none, 0755 and 0644. */
  private static int mode(Path path, boolean folder) throws IOException {
    Set<PosixFilePermission> permissions;
    try {
      permissions = Files.getPosixFilePermissions(path);
    } catch (UnsupportedOperationException e) {
      return folder ? 0755 : 0644;
    }
    int mode = 0;
    for (PosixFilePermission permission : PosixFilePermission.values()) {
      mode <<= 1;
      mode |= permissions.contains(permission) ? 1 : 0;
    }
    return mode;
  }
}
