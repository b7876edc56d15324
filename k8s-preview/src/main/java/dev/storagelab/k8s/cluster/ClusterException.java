package dev.storagelab.k8s.cluster;

/** The cluster refused or could not be reached: the message says which object and why. */
public final class ClusterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A refusal or failure, with the cluster's own words. */
  public ClusterException(String message, Throwable cause) {
    super(message, cause);
  }

  /** A refusal or failure. */
  public ClusterException(String message) {
    super(message);
  }
}
