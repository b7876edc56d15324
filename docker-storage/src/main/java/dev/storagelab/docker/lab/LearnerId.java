package dev.storagelab.docker.lab;

import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.Sha256;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Who a learner is on a shared engine: the name their objects carry (as a suffix where the course's
 * names are someone else's) and the value of their {@value Ownership#LEARNER} label. It must fit
 * every place it goes: a container or volume name, an image repository (lower case only), a
 * Kubernetes name.
 *
 * @param name lower-case letters, digits and inner hyphens, at most {@value #MAX} characters
 */
public record LearnerId(String name) {

  /** The longest name: {@code storage-lab-todo-vol-2-NAME} stays readable in a table. */
  public static final int MAX = 24;

  /** The environment variable that names the learner. */
  public static final String ENV = "STORAGE_LAB_LEARNER";

  /** The system property the launcher's {@code --learner} flag sets. */
  public static final String PROPERTY = "storagelab.learner";

  private static final Pattern VALID = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

  public LearnerId {
    if (name == null || name.length() > MAX || !VALID.matcher(name).matches()) {
      throw new InputException(
          "Bad learner name '"
              + name
              + "': use 1 to "
              + MAX
              + " lower-case letters, digits and inner hyphens (e.g. alice, desk-07)",
          String.valueOf(name));
    }
  }

  /**
   * The learner this process acts for: named by the {@code --learner} flag, else by {@value #ENV},
   * else {@link #byDefault the OS user and the home in use}.
   *
   * @param home the storage-lab home given to the commands, or blank for the default
   */
  public static LearnerId current(String home) {
    String named = System.getProperty(PROPERTY);
    if (named == null || named.isBlank()) {
      named = System.getenv(ENV);
    }
    if (named != null && !named.isBlank()) {
      return new LearnerId(named);
    }
    return ofHome(home);
  }

  /**
   * The learner a home belongs to when none is named: {@link #byDefault} for this OS user.
   *
   * @param home the storage-lab home given to the commands, or blank for the default
   */
  public static LearnerId ofHome(String home) {
    String configured = home == null || home.isBlank() ? System.getenv("STORAGE_LAB_HOME") : home;
    return byDefault(
        System.getProperty("user.name", ""),
        configured == null || configured.isBlank() ? null : Path.of(configured));
  }

  /**
   * The learner a user is with no name given: the user's name made fit, and, when storage-lab's
   * home is not the user's default one, four hex digits of that home's path, so that two learners
   * who share an OS account but each have their own home are two learners.
   *
   * @param home the home in use, or null for the user's default one
   */
  public static LearnerId byDefault(String user, Path home) {
    String fit =
        user.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (fit.isEmpty()) {
      fit = "learner";
    }
    String suffix =
        home == null
            ? ""
            : "-" + Sha256.hex(home.toAbsolutePath().normalize().toString()).substring(0, 4);
    fit = fit.substring(0, Math.min(fit.length(), MAX - suffix.length())).replaceAll("-+$", "");
    return new LearnerId(fit + suffix);
  }

  @Override
  public String toString() {
    return name;
  }
}
