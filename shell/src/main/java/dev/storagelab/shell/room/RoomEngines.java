package dev.storagelab.shell.room;

import dev.storagelab.docker.engine.EndpointResolver;
import dev.storagelab.docker.engine.EngineConnector;
import dev.storagelab.docker.engine.EngineEndpoint;
import dev.storagelab.docker.input.InputException;
import dev.storagelab.docker.input.UserHome;
import dev.storagelab.room.Room;
import dev.storagelab.shell.engine.EngineSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.shell.core.command.annotation.Option;

/**
 * The engines a room is spread over: each {@code --context} and {@code --host} given (either may be
 * repeated), else the engine the shell talks to. Shared by every {@code class} command ({@link
 * dev.storagelab.shell.OptionsFrom}).
 *
 * @param context docker contexts, comma-joined when repeated
 * @param host engine addresses, comma-joined when repeated
 */
public record RoomEngines(
    @Option(longName = "context", description = "a docker context the room uses (repeatable)")
        String context,
    @Option(
            longName = "host",
            description = "an engine address, e.g. tcp://10.0.0.5:2375 (repeatable)")
        String host) {

  /** The engines named, each connected when first read. */
  List<Room.Source> sources(EngineSession session) {
    List<Room.Source> sources = new ArrayList<>();
    for (String name : split(context, "--context")) {
      sources.add(new Room.Source(name, () -> context(name), true));
    }
    for (String address : split(host, "--host")) {
      sources.add(
          new Room.Source(
              address,
              () ->
                  EngineConnector.connect(
                      new EngineEndpoint(address, false, Optional.empty(), "default", "--host")),
              true));
    }
    if (sources.isEmpty()) {
      sources.add(new Room.Source("default", session::engine, false));
    }
    return sources;
  }

  /** The one engine a command acts on: it refuses more than one. */
  Room.Source one(EngineSession session) {
    List<Room.Source> sources = sources(session);
    if (sources.size() > 1) {
      throw new InputException(
          "Name one engine here (got " + sources.size() + "): this command changes it", "");
    }
    return sources.get(0);
  }

  private static List<String> split(String joined, String option) {
    if (joined == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : joined.split(",", -1)) {
      if (name.isBlank()) {
        throw new InputException(option + " is empty: give it a value.", joined);
      }
      names.add(name.strip());
    }
    return names;
  }

  private static dev.storagelab.docker.engine.Engine context(String name) {
    Map<String, String> env = new HashMap<>(System.getenv());
    env.remove("DOCKER_HOST");
    env.put("DOCKER_CONTEXT", name);
    return EngineConnector.connect(EndpointResolver.of(env, UserHome.get()).resolve());
  }
}
