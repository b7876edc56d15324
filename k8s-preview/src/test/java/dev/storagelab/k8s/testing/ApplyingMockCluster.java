package dev.storagelab.k8s.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * fabric8's CRUD mock server taught server-side apply, which it lacks: an apply of a missing object
 * creates it, of a different one updates it, of the same one changes nothing (the resource version
 * stays), and a dry run stores nothing. Everything else is the CRUD mock's.
 */
public final class ApplyingMockCluster implements AutoCloseable {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final List<String> COMPARED =
      List.of("spec", "data", "stringData", "type", "provisioner", "parameters", "reclaimPolicy");

  /**
   * Kept so that its level holds: the mock logs every request at INFO, which buries test output.
   */
  private static final Logger MOCK_LOG = Logger.getLogger("io.fabric8.mockwebserver");

  private final KubernetesMockServer server;

  /** A client of the cluster. */
  public final KubernetesClient client;

  /** A fresh, empty cluster. */
  public ApplyingMockCluster() {
    MOCK_LOG.setLevel(Level.WARNING);
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new ApplyDispatcher(), false);
    server.init();
    client = server.createClient();
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }

  private static final class ApplyDispatcher extends KubernetesCrudDispatcher {

    @Override
    public MockResponse handlePatch(RecordedRequest request) {
      String type = request.getHeader("Content-Type");
      if (type == null || !type.contains("apply-patch")) {
        return super.handlePatch(request);
      }
      String path = request.getPath().replaceFirst("\\?.*", "");
      String body = request.getUtf8Body();
      if (request.getPath().contains("dryRun=All")) {
        return new MockResponse().setResponseCode(200).setBody(body);
      }
      MockResponse existing = handleGet(path);
      if (existing.code() == 404) {
        return handleCreate(
            request(HttpMethod.POST, path.substring(0, path.lastIndexOf('/')), body));
      }
      JsonNode before = JSON.readTree(existing.getBody().readUtf8());
      ObjectNode applied = (ObjectNode) JSON.readTree(body);
      if (same(before, applied)) {
        return new MockResponse().setResponseCode(200).setBody(before.toString());
      }
      ((ObjectNode) applied.path("metadata"))
          .put("resourceVersion", before.path("metadata").path("resourceVersion").asString());
      return handleUpdate(request(HttpMethod.PUT, path, applied.toString()));
    }

    private static boolean same(JsonNode before, JsonNode applied) {
      for (String field : COMPARED) {
        if (!before.path(field).equals(applied.path(field))) {
          return false;
        }
      }
      return before.path("metadata").path("labels").equals(applied.path("metadata").path("labels"))
          && before
              .path("metadata")
              .path("annotations")
              .equals(applied.path("metadata").path("annotations"));
    }

    private static RecordedRequest request(HttpMethod method, String path, String body) {
      return new RecordedRequest(
          "HTTP/1.1",
          method,
          path,
          Headers.builder().add("Content-Type", "application/json").build(),
          new Buffer(body.getBytes(StandardCharsets.UTF_8)));
    }
  }
}
