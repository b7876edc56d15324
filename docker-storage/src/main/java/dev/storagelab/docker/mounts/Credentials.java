package dev.storagelab.docker.mounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which option values are credentials, by one rule that errs on the side of secrecy, so that no
 * credential reaches a manifest, a comment, a report or the terminal.
 *
 * <p>The rule: an option is a credential when its key, in lower case, contains any of {@code pass},
 * {@code pwd}, {@code secret}, {@code token}, {@code key}, {@code cred}, {@code auth}, {@code
 * private}, {@code session}, {@code cookie} or {@code signature} ({@code password}, {@code
 * secretkey}, {@code secret_key}, {@code access_token}, {@code apikey}, {@code credentials}...), or
 * when its value holds a password in a URL ({@code scheme://user:password@host}). Options given as
 * a list inside one value ({@code o=addr=x,password=y}, as the {@code local} driver and mount(8)
 * take them) are judged one by one.
 */
public final class Credentials {

  /** What a credential is shown as. */
  public static final String REDACTED = "REDACTED";

  private static final List<String> SECRET_WORDS =
      List.of(
          "pass",
          "pwd",
          "secret",
          "token",
          "key",
          "cred",
          "auth",
          "private",
          "session",
          "cookie",
          "signature");

  private static final Pattern URL_PASSWORD =
      Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/@:\\s]*:[^/@\\s]+@.*");

  private Credentials() {}

  /** Whether an option with this key holds a credential, whatever its value. */
  public static boolean isSecretKey(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return SECRET_WORDS.stream().anyMatch(lower::contains);
  }

  /** Whether an option holds a credential: by its key, or a password in a URL in its value. */
  public static boolean isSecret(String key, String value) {
    return isSecretKey(key) || URL_PASSWORD.matcher(value).matches();
  }

  /** Whether an option is or holds a credential, in itself or in an option list in its value. */
  public static boolean holdsSecret(String key, String value) {
    return !redacted(key, value).equals(value);
  }

  /**
   * Splits a mount(8)-style option list ({@code addr=x,username=u,password=p}) into what may be
   * shown and what is a credential.
   *
   * @return the parts in their order: the shareable ones, and the credentials
   */
  public static Split split(String optionList) {
    List<String> open = new ArrayList<>();
    Map<String, String> secret = new LinkedHashMap<>();
    for (String option : optionList.split(",")) {
      if (option.isBlank()) {
        continue;
      }
      int equals = option.indexOf('=');
      String key = equals < 0 ? option : option.substring(0, equals);
      String value = equals < 0 ? "" : option.substring(equals + 1);
      if (isSecret(key, value)) {
        secret.put(key, value);
      } else {
        open.add(option);
      }
    }
    return new Split(open, secret);
  }

  /**
   * The options with every credential's value replaced by {@link #REDACTED}, including the
   * credentials inside option lists.
   */
  public static Map<String, String> redacted(Map<String, String> options) {
    Map<String, String> shown = new LinkedHashMap<>();
    options.forEach((key, value) -> shown.put(key, redacted(key, value)));
    return shown;
  }

  /** One option's value as it may be shown. */
  public static String redacted(String key, String value) {
    if (isSecret(key, value)) {
      return REDACTED;
    }
    if (!value.contains("=")) {
      return value;
    }
    List<String> shown = new ArrayList<>();
    for (String option : value.split(",", -1)) {
      int equals = option.indexOf('=');
      shown.add(
          equals > 0 && isSecret(option.substring(0, equals), option.substring(equals + 1))
              ? option.substring(0, equals + 1) + REDACTED
              : option);
    }
    return String.join(",", shown);
  }

  /** The mount as it may be shown: a volume's driver options and labels redacted. */
  public static Mount redacted(Mount mount) {
    if (mount instanceof VolumeMount volume) {
      return volume.toBuilder()
          .driverOptions(redacted(volume.driverOptions()))
          .labels(redacted(volume.labels()))
          .build();
    }
    return mount;
  }

  /**
   * An option list split by the rule.
   *
   * @param open the options that may be shown and copied, each {@code key=value} or {@code key}
   * @param secret the credentials, key to value
   */
  public record Split(List<String> open, Map<String, String> secret) {

    public Split {
      open = List.copyOf(open);
      secret = Collections.unmodifiableMap(new LinkedHashMap<>(secret));
    }
  }
}
