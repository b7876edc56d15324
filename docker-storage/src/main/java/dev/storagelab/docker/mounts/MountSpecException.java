package dev.storagelab.docker.mounts;

/**
 * A mount spec Docker would refuse. The message names the flag, the spec, the bad part and why,
 * e.g. {@code -v data:/app:ro,rw — "ro" and "rw" cannot be combined}.
 */
public final class MountSpecException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String flag;
  private final String spec;
  private final String reason;
  private final int position;

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
            + (position > 0 ? " (at character " + (position + 1) + ")" : ""));
    this.flag = flag;
    this.spec = spec;
    this.reason = reason;
    this.position = position;
  }

  /** The flag the spec was given to. */
  public String flag() {
    return flag;
  }

  /** The spec as given. */
  public String spec() {
    return spec;
  }

  /** Why Docker refuses it. */
  public String reason() {
    return reason;
  }

  /** Where in the spec the bad part starts, or -1. */
  public int position() {
    return position;
  }
}
