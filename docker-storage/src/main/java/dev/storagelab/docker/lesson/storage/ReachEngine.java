package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ApiVersion;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineEndpoint;
import dev.storagelab.docker.engine.EngineProblem;
import dev.storagelab.docker.engine.EngineStatus;
import dev.storagelab.docker.engine.EngineUnavailableException;
import dev.storagelab.lesson.Check;
import dev.storagelab.lesson.LessonRun;
import dev.storagelab.lesson.PractisedStep;
import dev.storagelab.lesson.StepReport;
import java.util.List;
import java.util.Optional;

/** Step 0: the toolkit talks to the engine, and explains plainly when it cannot. */
final class ReachEngine implements PractisedStep {

  @Override
  public String title() {
    return "Reach the engine";
  }

  @Override
  public String explain() {
    return "Everything in this lesson goes through the Docker Engine API, the same API the docker"
        + " CLI uses. The engine listens on a Unix socket (or a TCP port, or a context's"
        + " endpoint). When it cannot be reached, the reason matters: a daemon that is not"
        + " running, a socket you may not open, or an address where nothing listens each have"
        + " their own fix.";
  }

  @Override
  public List<String> commands(LessonRun run) {
    return List.of("docker version", "DOCKER_HOST=unix:///nonexistent.sock docker info");
  }

  @Override
  public String goal(LessonRun run) {
    return "Ask the engine yourself: docker version shows the client and the engine (Server)."
        + " Then point the CLI at a socket where no engine listens and read how it says so.";
  }

  @Override
  public StepReport check(LessonRun run) {
    return perform(run);
  }

  @Override
  public StepReport perform(LessonRun run) {
    EngineStatus status = run.engine().status();
    Check reached =
        Check.of("The toolkit talks to the engine over its API")
            .evidence(
                "endpoint", status.endpoint().host() + " (" + status.endpoint().source() + ")")
            .evidence("engine", status.serverVersion())
            .evidence("API version", status.apiVersion())
            .holds(
                !ApiVersion.parse(status.apiVersion())
                    .isOlderThan(ApiVersion.parse(EngineProblem.MINIMUM_API)));
    String missing = "unix://" + run.labDir().resolve("no-daemon-here.sock");
    Optional<EngineUnavailableException> failure = failureAt(missing);
    String message = failure.map(Throwable::getMessage).orElse("(it connected?)");
    Check explained =
        Check.of("An engine that cannot be reached is explained, not shown as a stack trace")
            .evidence("tried", missing)
            .evidence("message", message)
            .holds(
                failure.map(e -> e.problem() == EngineProblem.SOCKET_MISSING).orElse(false)
                    && message.lines().count() == 2
                    && !message.contains("Exception"));
    return StepReport.of(reached, explained);
  }

  private static Optional<EngineUnavailableException> failureAt(String host) {
    try {
      EngineConnector.connect(
              new EngineEndpoint(host, false, Optional.empty(), "default", "this lesson"))
          .close();
      return Optional.empty();
    } catch (EngineUnavailableException e) {
      return Optional.of(e);
    }
  }
}
