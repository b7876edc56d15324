package dev.storagelab.k8s.bridge;

import dev.storagelab.docker.mounts.VolumeMount;
import java.util.Map;
import java.util.Optional;

/**
 * What a named Docker volume becomes in Kubernetes, chosen in one place from its driver and
 * options; each case carries what its manifests need, and {@link Cases} makes every consumer handle
 * every case.
 */
sealed interface ClaimPlan {

  String READ_WRITE_ONCE = "ReadWriteOnce";
  String READ_WRITE_MANY = "ReadWriteMany";

  /** The plan for a named volume. */
  static ClaimPlan choose(VolumeMount mount, BridgeOptions options) {
    if (!mount.driver().equals(VolumeMount.LOCAL)) {
      Optional<String> csi = VolumeDrivers.csi(mount.driver());
      String mode =
          csi.filter(d -> d.startsWith("efs.") || d.startsWith("file.") || d.startsWith("cephfs."))
                  .isPresent()
              ? READ_WRITE_MANY
              : READ_WRITE_ONCE;
      return csi.isPresent() && !options.dynamic()
          ? new Csi(csi.get(), mode)
          : new Dynamic(csi, mode);
    }
    Map<String, String> opts = mount.driverOptions();
    return switch (opts.getOrDefault("type", "")) {
      case "nfs" -> new Nfs(NfsOptions.parse(opts));
      case "cifs", "smb3" -> new Cifs(opts.getOrDefault("device", ""));
      case "tmpfs" -> new MemoryEmptyDir();
      default -> new HostDirectory();
    };
  }

  /** Applies the case of this plan. */
  <R> R match(Cases<R> cases);

  /**
   * One way to handle each plan.
   *
   * @param <R> the result
   */
  interface Cases<R> {
    /** A local volume: a directory on the Docker host. */
    R host(HostDirectory plan);

    /** A local volume of type nfs. */
    R nfs(Nfs plan);

    /** A local volume of type cifs or smb3. */
    R cifs(Cifs plan);

    /** A plugin volume an existing CSI volume serves. */
    R csi(Csi plan);

    /** A plugin volume a StorageClass provisions, or one of a plugin nothing known serves. */
    R dynamic(Dynamic plan);

    /** A local volume of type tmpfs: memory, so no claim at all. */
    R memory(MemoryEmptyDir plan);
  }

  /** A local volume: its data directory (or bind device) as a hostPath or local volume. */
  record HostDirectory() implements ClaimPlan {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.host(this);
    }
  }

  /**
   * The same NFS export.
   *
   * @param nfs the export and mount options
   */
  record Nfs(NfsOptions nfs) implements ClaimPlan {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.nfs(this);
    }
  }

  /**
   * The same SMB share through the SMB CSI driver.
   *
   * @param share the share, {@code //server/name}
   */
  record Cifs(String share) implements ClaimPlan {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.cifs(this);
    }
  }

  /**
   * A CSI PersistentVolume for the plugin's existing volume.
   *
   * @param driver the CSI driver
   * @param mode the access mode its storage allows
   */
  record Csi(String driver, String mode) implements ClaimPlan {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.csi(this);
    }
  }

  /**
   * A claim a StorageClass provisions.
   *
   * @param driver the CSI driver that provisions it; empty when no known driver serves the plugin
   * @param mode the access mode its storage allows
   */
  record Dynamic(Optional<String> driver, String mode) implements ClaimPlan {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.dynamic(this);
    }
  }

  /** Memory that is emptied when unmounted: an emptyDir with medium Memory. */
  record MemoryEmptyDir() implements ClaimPlan {
    @Override
    public <R> R match(Cases<R> cases) {
      return cases.memory(this);
    }
  }
}
