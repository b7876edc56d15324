package dev.storagelab.docker.process;

import java.util.Locale;

/**
 * One environment variable of a container.
 *
 * @param name its name
 * @param value its value, as Docker passes it (interpolated where compose interpolates)
 */
public record EnvVar(String name, String value) {

  /**
   * Whether the name says the value is a credential: {@code *PASSWORD*}, {@code *SECRET*}, {@code
   * *TOKEN*}, {@code *_KEY}, {@code *PASSWD*}, {@code *CREDENTIAL*}. Such a value never goes into a
   * manifest, a note or the terminal.
   */
  public boolean isCredential() {
    String upper = name.toUpperCase(Locale.ROOT);
    return upper.contains("PASSWORD")
        || upper.contains("PASSWD")
        || upper.contains("SECRET")
        || upper.contains("TOKEN")
        || upper.contains("CREDENTIAL")
        || upper.endsWith("_KEY")
        || upper.equals("KEY");
  }

  @Override
  public String toString() {
    return name + "=" + (isCredential() ? "(hidden)" : value);
  }
}
