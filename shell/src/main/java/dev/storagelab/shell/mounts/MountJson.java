package dev.storagelab.shell.mounts;

import dev.storagelab.docker.mounts.BindMount;
import dev.storagelab.docker.mounts.Credentials;
import dev.storagelab.docker.mounts.Mount;
import dev.storagelab.docker.mounts.TmpfsMount;
import dev.storagelab.docker.mounts.VolumeMount;
import dev.storagelab.docker.volumes.VolumeInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shape of a mount, documented in docs/cli.md. */
public final class MountJson {

  private MountJson() {}

  /** The mounts as a list of JSON objects. */
  public static List<Map<String, Object>> of(List<Mount> mounts) {
    return mounts.stream().map(MountJson::of).toList();
  }

  /** One mount as a JSON object: the common keys, then its kind's. */
  public static Map<String, Object> of(Mount mount) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", mount.type().word());
    if (mount instanceof VolumeMount v) {
      json.put("source", v.name().orElse(null));
      common(json, mount, null);
      json.put("driver", v.driver());
      json.put("driverOptions", Credentials.redacted(v.driverOptions()));
      json.put("labels", Credentials.redacted(v.labels()));
      json.put("noCopy", v.noCopy());
      json.put("subpath", v.subpath().orElse(null));
      json.put("selinux", v.selinux().map(s -> s.flag()).orElse(null));
      json.put("mountpoint", v.state().map(s -> s.mountpoint()).orElse(null));
      json.put(
          "sizeBytes",
          v.state()
              .flatMap(
                  s ->
                      s.sizeBytes().isPresent()
                          ? java.util.Optional.of(s.sizeBytes().getAsLong())
                          : java.util.Optional.empty())
              .orElse(null));
    } else if (mount instanceof BindMount b) {
      json.put("source", b.source());
      common(json, mount, b.propagation().word());
      json.put("selinux", b.selinux().map(s -> s.flag()).orElse(null));
      json.put("consistency", b.consistency().map(c -> c.word()).orElse(null));
      json.put("recursive", b.recursion().word());
      json.put("createHostPath", b.createHostPath());
    } else if (mount instanceof TmpfsMount t) {
      json.put("source", null);
      common(json, mount, null);
      json.put("sizeBytes", t.sizeBytes().isPresent() ? t.sizeBytes().getAsLong() : null);
      json.put("mode", t.mode().isPresent() ? String.format("%04o", t.mode().getAsInt()) : null);
      json.put("options", t.options());
    }
    return json;
  }

  /** A volume as a JSON object. */
  public static Map<String, Object> of(VolumeInfo volume) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", volume.name());
    json.put("driver", volume.driver());
    json.put("options", Credentials.redacted(volume.options()));
    json.put("labels", Credentials.redacted(volume.labels()));
    json.put("mountpoint", volume.mountpoint());
    json.put("sizeBytes", volume.sizeBytes().isPresent() ? volume.sizeBytes().getAsLong() : null);
    json.put("createdAt", volume.createdAt());
    return json;
  }

  private static void common(Map<String, Object> json, Mount mount, String propagation) {
    json.put("target", mount.target());
    json.put("readOnly", mount.readOnly());
    json.put("propagation", propagation);
  }
}
