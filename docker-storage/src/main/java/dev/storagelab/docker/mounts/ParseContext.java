package dev.storagelab.docker.mounts;

import java.nio.file.Path;

/**
 * What a mount spec is read against.
 *
 * @param workingDir the folder relative host paths ({@code ./data}) are resolved against, as the
 *     docker CLI resolves them against its current folder
 * @param volumeDriver the driver for {@code -v} named volumes ({@code --volume-driver}), {@code
 *     local} by default
 * @param checkHostPaths whether a bind's source must exist on this machine where Docker requires it
 *     ({@code --mount type=bind}); off when the engine is not on this machine
 */
public record ParseContext(Path workingDir, String volumeDriver, boolean checkHostPaths) {

  /**
   * Reading against this process's working folder and the local driver.
   *
   * @param checkHostPaths whether the engine runs on this machine, so that host paths can be
   *     checked here (a remote engine's host paths cannot be seen from here); the caller knows
   */
  public static ParseContext inWorkingDir(boolean checkHostPaths) {
    return new ParseContext(Path.of("").toAbsolutePath(), VolumeMount.LOCAL, checkHostPaths);
  }

  /** The same context with another volume driver. */
  public ParseContext withVolumeDriver(String driver) {
    return new ParseContext(workingDir, driver, checkHostPaths);
  }
}
