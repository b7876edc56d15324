package dev.storagelab.docker.process;

import dev.storagelab.docker.mounts.Credentials;

/**
 * One environment variable of a container.
 *
 * @param name its name
 * @param value its value, as Docker passes it (interpolated where compose interpolates)
 */
public record EnvVar(String name, String value) {

  /**
   * Whether the value is a credential, by the rule volume options follow ({@link
   * Credentials#isSecret}): a name that says so ({@code *PASSWORD*}, {@code *TOKEN*}, {@code
   * *_KEY}...), or a password in a URL ({@code postgres://app:pw@db}). Such a value never goes into
   * a manifest, a note or the terminal.
   */
  public boolean isCredential() {
    return Credentials.isSecret(name, value);
  }

  @Override
  public String toString() {
    return name + "=" + (isCredential() ? "(hidden)" : value);
  }
}
