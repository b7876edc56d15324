package dev.storagelab.shell;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The storage-lab shell: with no arguments an interactive REPL, with arguments one command whose
 * status becomes the process's exit code (0 success, 1 a failed check or operation, 2 a usage or
 * input error).
 */
@SpringBootApplication
public class StorageLabApplication {

  /**
   * Starts the shell.
   *
   * @param args a command and its options, or nothing for the REPL
   */
  public static void main(String[] args) {
    if (!Debug.enabled()) {
      // Logging is off anyway (stdout belongs to the command); not setting it up saves start-up.
      System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }
    SpringApplication app = new SpringApplication(StorageLabApplication.class);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", args.length == 0));
    System.exit(SpringApplication.exit(app.run(args)));
  }
}
