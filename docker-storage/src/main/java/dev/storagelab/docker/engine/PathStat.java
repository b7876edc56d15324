package dev.storagelab.docker.engine;

/**
 * A path in a container as the archive endpoint describes it ({@code
 * X-Docker-Container-Path-Stat}): the same facts {@code docker cp} reads before it copies.
 *
 * @param name the path's last element
 * @param size its size in bytes (what the filesystem reports for a directory)
 * @param goMode the mode as Go's {@code os.FileMode} bits: type bits high, permissions low
 * @param linkTarget where a symbolic link points, or empty
 */
public record PathStat(String name, long size, long goMode, String linkTarget) {

  private static final long DIR = 1L << 31;
  private static final long SYMLINK = 1L << 27;
  private static final long SETUID = 1L << 23;
  private static final long SETGID = 1L << 22;
  private static final long STICKY = 1L << 20;
  private static final long IRREGULAR =
      (1L << 26) | (1L << 25) | (1L << 24) | (1L << 21) | (1L << 19);

  public boolean isDirectory() {
    return (goMode & DIR) != 0;
  }

  public boolean isSymlink() {
    return (goMode & SYMLINK) != 0;
  }

  /** A regular file: no type bit set. */
  public boolean isFile() {
    return (goMode & (DIR | SYMLINK | IRREGULAR)) == 0;
  }

  /** The permission bits with setuid, setgid and sticky, as {@code chmod} takes them. */
  public int mode() {
    int mode = (int) (goMode & 0777);
    mode |= (goMode & SETUID) != 0 ? 04000 : 0;
    mode |= (goMode & SETGID) != 0 ? 02000 : 0;
    mode |= (goMode & STICKY) != 0 ? 01000 : 0;
    return mode;
  }
}
