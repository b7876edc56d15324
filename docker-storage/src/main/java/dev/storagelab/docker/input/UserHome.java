package dev.storagelab.docker.input;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home folder as the docker CLI and compose find it: {@code $HOME} first. The JVM's
 * {@code user.home} comes from the password database and ignores {@code $HOME}, so {@code
 * HOME=/tmp/x storage-lab ...} would otherwise read and write the real home.
 */
public final class UserHome {

  private UserHome() {}

  /** The home folder for this process's environment. */
  public static Path get() {
    return of(System.getenv());
  }

  /** The home folder for the given environment: {@code $HOME}, else the JVM's {@code user.home}. */
  public static Path of(Map<String, String> env) {
    String home = env.get("HOME");
    return Path.of(home == null || home.isBlank() ? System.getProperty("user.home") : home);
  }
}
