package dev.storagelab.docker.engine;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /containers/create}, written as the docker CLI writes it: {@code -v}
 * specs with a source go to {@code HostConfig.Binds} as typed, anonymous ones to {@code Volumes},
 * and {@code --mount} mounts to {@code HostConfig.Mounts}.
 */
final class ContainerBodies {

  private ContainerBodies() {}

  static ObjectNode create(ContainerSpec spec) {
    ObjectNode body = RawApi.JSON.createObjectNode().put("Image", spec.image());
    if (!spec.command().isEmpty()) {
      ArrayNode cmd = body.putArray("Cmd");
      spec.command().forEach(cmd::add);
    }
    ObjectNode labels = body.putObject("Labels");
    spec.labels().forEach(labels::put);
    ObjectNode hostConfig = body.putObject("HostConfig");
    if (spec.clusterNode()) {
      hostConfig.put("Privileged", true).put("CgroupnsMode", "host");
      hostConfig.putObject("Tmpfs").put("/run", "").put("/var/run", "");
    }
    if (spec.publishedPort().isPresent()) {
      publish(body, hostConfig, spec.publishedPort().getAsInt());
    } else {
      // The lab's containers need no network: they then run where container networking is broken
      // (no default bridge), and each makes no network endpoint.
      hostConfig.put("NetworkMode", "none");
    }
    ArrayNode binds = hostConfig.putArray("Binds");
    ObjectNode volumes = body.putObject("Volumes");
    for (String flag : spec.volumeFlags()) {
      if (flag.contains(":")) {
        binds.add(flag);
      } else {
        volumes.putObject(flag);
      }
    }
    ArrayNode mounts = hostConfig.putArray("Mounts");
    spec.mounts().forEach(mount -> mounts.add(mount(mount)));
    return body;
  }

  private static void publish(ObjectNode body, ObjectNode hostConfig, int port) {
    String key = port + "/tcp";
    body.putObject("ExposedPorts").putObject(key);
    hostConfig
        .putObject("PortBindings")
        .putArray(key)
        .addObject()
        .put("HostIp", "127.0.0.1")
        .put("HostPort", "");
  }

  private static ObjectNode mount(Mount mount) {
    ObjectNode json =
        RawApi.JSON
            .createObjectNode()
            .put("Type", mount.type().word())
            .put("Target", mount.target());
    json.put("ReadOnly", mount.readOnly());
    if (mount instanceof VolumeMount v) {
      v.name().ifPresent(name -> json.put("Source", name));
      ObjectNode options = json.putObject("VolumeOptions").put("NoCopy", v.noCopy());
      v.labels().forEach(options.putObject("Labels")::put);
      ObjectNode driver = options.putObject("DriverConfig").put("Name", v.driver());
      v.driverOptions().forEach(driver.putObject("Options")::put);
      v.subpath().ifPresent(subpath -> options.put("Subpath", subpath));
    } else if (mount instanceof BindMount b) {
      json.put("Source", b.source());
      ObjectNode options = json.putObject("BindOptions").put("Propagation", b.propagation().word());
      options.put("NonRecursive", b.recursion() == BindMount.Recursion.DISABLED);
      b.consistency().ifPresent(c -> json.put("Consistency", c.word()));
    } else if (mount instanceof TmpfsMount t) {
      ObjectNode options = json.putObject("TmpfsOptions");
      t.sizeBytes().ifPresent(size -> options.put("SizeBytes", size));
      t.mode().ifPresent(mode -> options.put("Mode", mode));
    }
    return json;
  }
}
