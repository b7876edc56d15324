package dev.storagelab.shell;

/**
 * Stack traces are for bugs: they are shown only when {@code STORAGE_LAB_DEBUG} is set, or for an
 * internal error.
 */
final class Debug {

  private Debug() {}

  static boolean enabled() {
    String value = System.getenv("STORAGE_LAB_DEBUG");
    return value != null && !value.isBlank() && !value.equals("0");
  }

  static void printStackTrace(Throwable failure) {
    if (enabled()) {
      failure.printStackTrace(System.err);
    }
  }
}
