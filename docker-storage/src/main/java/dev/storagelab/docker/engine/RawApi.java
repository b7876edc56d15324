package dev.storagelab.docker.engine;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Engine API as JSON over docker-java's HTTP client, for what docker-java has no command or no
 * getter for (status details, history, the overlay upper dir) and for requests whose body must say
 * exactly what a docker CLI user would send ({@code Binds} as written, {@code Mounts} with every
 * field).
 */
final class RawApi {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /** How long an API call may take: every one the lessons make answers in well under a second. */
  static final Duration LIMIT = Duration.ofSeconds(30);

  private final EngineEndpoint endpoint;
  private final DockerHttpClient http;

  RawApi(EngineEndpoint endpoint, DockerHttpClient http) {
    this.endpoint = endpoint;
    this.http = http;
  }

  /**
   * Encodes one path segment or query value. A segment of dots is encoded too: left as it is, the
   * path would be normalised and name another endpoint.
   */
  static String encode(String value) {
    String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    return encoded.chars().allMatch(c -> c == '.') ? encoded.replace(".", "%2E") : encoded;
  }

  JsonNode get(String path) {
    return send(DockerHttpClient.Request.Method.GET, path, null, LIMIT);
  }

  /** One object, or empty when the engine has none; an answer that is not one object is refused. */
  Optional<JsonNode> getIfFound(String path) {
    JsonNode found;
    try {
      found = get(path);
    } catch (ObjectNotFoundException e) {
      return Optional.empty();
    }
    if (!found.isObject()) {
      throw new EngineException("the engine answered GET " + path + " with no single object", null);
    }
    return Optional.of(found);
  }

  JsonNode post(String path, JsonNode body) {
    return send(DockerHttpClient.Request.Method.POST, path, body, LIMIT);
  }

  /** A POST that may take longer than {@link #LIMIT}, such as waiting for a container to exit. */
  JsonNode post(String path, JsonNode body, Duration limit) {
    return send(DockerHttpClient.Request.Method.POST, path, body, limit);
  }

  /**
   * A POST whose answer is a stream of JSON messages, each given to {@code each} as it arrives,
   * such as a build's output.
   *
   * @throws Refused when the engine refuses the request before any message
   */
  void stream(
      String path, String contentType, byte[] body, Duration limit, Consumer<JsonNode> each) {
    Deadline.within(
        limit,
        endpoint,
        () -> {
          var request =
              DockerHttpClient.Request.builder()
                  .method(DockerHttpClient.Request.Method.POST)
                  .path(path)
                  .putHeader("Content-Type", contentType)
                  .bodyBytes(body)
                  .build();
          try (var response = http.execute(request);
              InputStream in = response.getBody()) {
            int status = response.getStatusCode();
            if (status >= 300) {
              throw new Refused(message(json(in.readAllBytes()), status));
            }
            try (MappingIterator<JsonNode> messages =
                JSON.readerFor(JsonNode.class).readValues(in)) {
              messages.forEachRemaining(each);
            }
            return null;
          } catch (IOException | RuntimeException e) {
            throw failed(e);
          }
        });
  }

  /** The engine refused a request before answering it, in its own words. */
  static final class Refused extends EngineException {

    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message, null);
    }
  }

  /**
   * A GET whose answer is a stream (an image export), given to {@code reader} as it arrives.
   *
   * @throws ObjectNotFoundException when the engine answers 404
   */
  <T> T download(String path, Duration limit, StreamReader<T> reader) {
    return answerTo(
        path,
        limit,
        (response, in) -> {
          refuseFailure(response.getStatusCode(), in);
          return reader.read(in);
        });
  }

  /**
   * One header of a GET's answer, its body left unread (the archive endpoint's stat of a path comes
   * before the archive itself).
   *
   * @return the header, or empty when the engine answers 404
   */
  Optional<String> header(String path, String name) {
    return answerTo(
        path,
        LIMIT,
        (response, in) -> {
          if (response.getStatusCode() == 404) {
            return Optional.empty();
          }
          refuseFailure(response.getStatusCode(), in);
          return Optional.ofNullable(response.getHeader(name));
        });
  }

  /** What to make of an answer, its status and headers read, its body still to read. */
  @FunctionalInterface
  private interface Answer<T> {
    T read(DockerHttpClient.Response response, InputStream body) throws IOException;
  }

  private <T> T answerTo(String path, Duration limit, Answer<T> answer) {
    return Deadline.within(
        limit,
        endpoint,
        () -> {
          var request =
              DockerHttpClient.Request.builder()
                  .method(DockerHttpClient.Request.Method.GET)
                  .path(path)
                  .build();
          try (var response = http.execute(request);
              InputStream in = response.getBody()) {
            return answer.read(response, in);
          } catch (dev.storagelab.docker.input.InputException e) {
            throw e;
          } catch (IOException | RuntimeException e) {
            throw failed(e);
          }
        });
  }

  private static void refuseFailure(int status, InputStream in) throws IOException {
    if (status >= 300) {
      String message = message(json(in.readNBytes(64 * 1024)), status);
      throw status == 404
          ? new ObjectNotFoundException(message, null)
          : new EngineException(message, null);
    }
  }

  JsonNode delete(String path) {
    return send(DockerHttpClient.Request.Method.DELETE, path, null, LIMIT);
  }

  private JsonNode send(
      DockerHttpClient.Request.Method method, String path, JsonNode body, Duration limit) {
    return Deadline.within(limit, endpoint, () -> exchange(method, path, body));
  }

  private JsonNode exchange(DockerHttpClient.Request.Method method, String path, JsonNode body) {
    var request = DockerHttpClient.Request.builder().method(method).path(path);
    if (body != null) {
      request.putHeader("Content-Type", "application/json").bodyBytes(JSON.writeValueAsBytes(body));
    }
    try (var response = http.execute(request.build());
        InputStream in = response.getBody()) {
      byte[] bytes = in.readAllBytes();
      JsonNode json = json(bytes);
      int status = response.getStatusCode();
      if (status >= 300 && status != 304) {
        String message = message(json, status);
        throw status == 404
            ? new ObjectNotFoundException(message, null)
            : new EngineException(message, null);
      }
      return json;
    } catch (IOException | RuntimeException e) {
      throw failed(e);
    }
  }

  private static JsonNode json(byte[] bytes) {
    return bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
  }

  /** The engine's own words for a refusal. */
  private static String message(JsonNode answer, int status) {
    return answer.path("message").asString("HTTP " + status);
  }

  /**
   * A failure as the toolkit reports it: the engine's words as they are, anything else as a fault.
   */
  private RuntimeException failed(Exception e) {
    if (e instanceof EngineException || e instanceof EngineUnavailableException) {
      return (RuntimeException) e;
    }
    return EngineConnector.failed(endpoint, e);
  }
}
