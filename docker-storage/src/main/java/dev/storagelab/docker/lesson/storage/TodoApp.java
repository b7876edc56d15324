package dev.storagelab.docker.lesson.storage;

import dev.storagelab.docker.engine.ContainerInspect;
import dev.storagelab.docker.engine.ExecResult;
import dev.storagelab.lesson.LessonException;
import dev.storagelab.lesson.LessonRun;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The to-do app as a learner uses it: items added and listed through its own HTTP interface. From
 * this machine through the port the app publishes, when it does and the engine runs here; otherwise
 * from inside its container (busybox wget), which works on any engine, networking or not.
 */
final class TodoApp {

  /** The port the app listens on in its container. */
  static final int PORT = 8080;

  /** The app's page that lists items and adds the one in {@code ?item=}. */
  static final String PAGE = "/cgi-bin/todo";

  private static final Pattern ITEM = Pattern.compile("<li>(.*?)</li>");
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  /**
   * What the app answered.
   *
   * @param items the items its page lists
   * @param route how it was asked: the URL, or "wget inside CONTAINER"
   */
  record Reply(List<String> items, String route) {}

  private TodoApp() {}

  /** Where a learner's browser finds the app, when it publishes its port. */
  static Optional<String> url(ContainerInspect container) {
    return Optional.ofNullable(container.publishedPorts().get(PORT + "/tcp"))
        .map(address -> "http://" + address + "/");
  }

  /** Adds an item through the app and gives the list it answers with. */
  static Reply add(LessonRun run, String container, String item) {
    return ask(run, container, PAGE + "?item=" + URLEncoder.encode(item, StandardCharsets.UTF_8));
  }

  /** The app's items. */
  static Reply items(LessonRun run, String container) {
    return ask(run, container, PAGE);
  }

  private static Reply ask(LessonRun run, String container, String path) {
    ContainerInspect facts =
        run.engine()
            .inspectContainer(container)
            .orElseThrow(() -> new LessonException("The container " + container + " is gone"));
    // A port published on the engine's 127.0.0.1 is this machine's only when the engine runs here;
    // elsewhere that address could be anything listening on this machine.
    Optional<String> url = url(facts).filter(u -> run.engine().endpoint().isLocal());
    if (url.isPresent()) {
      Optional<String> page = fromHere(url.get() + path.substring(1));
      if (page.isPresent()) {
        return new Reply(items(page.get()), "GET " + url.get() + path.substring(1));
      }
      run.note(
          "The app's published port "
              + url.get()
              + " does not answer from this machine (the engine runs elsewhere?): the lesson"
              + " talks to the app from inside its container instead.");
    }
    return new Reply(items(fromInside(run, container, path)), "wget inside " + container);
  }

  /**
   * The page at the URL, asked from this machine. A plain {@link HttpURLConnection}: the JDK's
   * HttpClient sets up TLS on first use, a third of a second of the lesson for a local GET.
   */
  private static Optional<String> fromHere(String url) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (true) {
      HttpURLConnection connection = null;
      try {
        connection = (HttpURLConnection) URI.create(url).toURL().openConnection(Proxy.NO_PROXY);
        connection.setConnectTimeout(2_000);
        connection.setReadTimeout(5_000);
        if (connection.getResponseCode() != 200) {
          return Optional.empty();
        }
        try (InputStream body = connection.getInputStream()) {
          return Optional.of(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // httpd (or the engine's proxy) may not listen yet just after the start.
        if (System.nanoTime() > deadline) {
          return Optional.empty();
        }
        pause();
      } finally {
        if (connection != null) {
          connection.disconnect();
        }
      }
    }
  }

  private static String fromInside(LessonRun run, String container, String path) {
    String url = "http://127.0.0.1:" + PORT + path;
    // Retried in the container while httpd starts; wget fails fast on a refused connection.
    ExecResult wget =
        LabContainers.sh(
            run,
            container,
            "i=0; until wget -qO- '"
                + url
                + "'; do i=$((i+1)); [ $i -ge 25 ] && exit 1; sleep 0.2; done");
    if (!wget.ok()) {
      throw new LessonException(
          "The to-do app in " + container + " did not answer at " + url + ": " + wget.stderr());
    }
    return wget.stdout();
  }

  private static List<String> items(String page) {
    Matcher matcher = ITEM.matcher(page);
    List<String> items = new java.util.ArrayList<>();
    while (matcher.find()) {
      items.add(matcher.group(1));
    }
    return items;
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
