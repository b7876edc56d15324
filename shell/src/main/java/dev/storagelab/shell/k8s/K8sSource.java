package dev.storagelab.shell.k8s;

import dev.storagelab.docker.engine.ObjectNames;
import dev.storagelab.docker.input.UserPath;
import dev.storagelab.k8s.sources.BridgeInput;
import dev.storagelab.k8s.sources.BridgeSources;
import dev.storagelab.shell.UsageException;
import dev.storagelab.shell.engine.EngineSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.shell.core.command.annotation.Option;

/**
 * Exactly one of the four sources of a plan: {@code --container}, {@code --volume}, {@code --run},
 * {@code --compose}. Declared once, shared by {@code k8s generate}, {@code preview}, {@code apply}
 * and {@code verify} ({@link dev.storagelab.shell.OptionsFrom}).
 *
 * @param container a container on the engine
 * @param volume a volume on the engine
 * @param run a docker run line
 * @param compose a compose file
 */
public record K8sSource(
    @Option(longName = "container", description = "a container on the engine") String container,
    @Option(longName = "volume", description = "a volume on the engine") String volume,
    @Option(longName = "run", description = "a docker run line, in quotes") String run,
    @Option(longName = "compose", description = "a compose file") String compose) {

  /** Whether any source was given. */
  boolean given() {
    return set(container) || set(volume) || set(run) || set(compose);
  }

  BridgeInput read(EngineSession session) {
    List<String> given = new ArrayList<>();
    if (set(container)) {
      given.add("--container");
    }
    if (set(volume)) {
      given.add("--volume");
    }
    if (set(run)) {
      given.add("--run");
    }
    if (set(compose)) {
      given.add("--compose");
    }
    if (given.size() != 1) {
      throw new UsageException(
          "Give exactly one source: --container NAME, --volume NAME, --run \"<docker run line>\" or --compose FILE"
              + (given.isEmpty() ? "" : " (got " + String.join(", ", given) + ")"));
    }
    String value = set(container) ? container : set(volume) ? volume : set(run) ? run : compose;
    if (value.isBlank()) {
      throw new UsageException(given.get(0) + " is empty: give it a value.", value);
    }
    if (set(container)) {
      String checked = ObjectNames.container(container);
      return BridgeSources.container(session.engine(), checked);
    }
    if (set(volume)) {
      String checked = ObjectNames.volume(volume);
      return BridgeSources.volume(session.engine(), checked);
    }
    return set(run)
        ? BridgeSources.runLine(run, session.ifAnswering())
        : BridgeSources.compose(UserPath.of("--compose", compose), session.ifAnswering());
  }

  private static boolean set(String value) {
    return value != null;
  }
}
