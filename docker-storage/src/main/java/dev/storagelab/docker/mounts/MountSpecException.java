package dev.storagelab.docker.mounts;

import dev.storagelab.docker.input.InputException;

/**
 * A mount spec Docker would refuse. The message names the flag, the spec, the bad part and why,
 * e.g. {@code -v data:/app:ro,rw — "ro" and "rw" cannot be combined}.
 */
public final class MountSpecException extends InputException {

  private static final long serialVersionUID = 1L;

  private final String flag;
  private final String reason;

  /**
   * A refused spec.
   *
   * @param flag the flag it was given to, e.g. {@code -v}, {@code --mount}, or a compose path
   * @param spec the spec as given
   * @param reason why it is refused
   * @param position where in the spec the bad part starts, or -1 when it is the whole spec
   */
  public MountSpecException(String flag, String spec, String reason, int position) {
    super(
        flag
            + " "
            + spec
            + " — "
            + reason
            + (position > 0 ? " (at character " + (position + 1) + ")" : ""),
        spec,
        position,
        null);
    this.flag = flag;
    this.reason = reason;
  }

  /** The flag the spec was given to. */
  public String flag() {
    return flag;
  }

  /** The spec as given. */
  public String spec() {
    return token();
  }

  /** Why Docker refuses it. */
  public String reason() {
    return reason;
  }
}
