package dev.storagelab.docker.testing;

/**
 * Learners' records made by hand on the engine, as another version of storage-lab (or a damaged
 * one) would leave them, for the readers to meet.
 */
public final class RecordVolumes {

  private RecordVolumes() {}

  /**
   * Makes a record volume holding the given text as its record.
   *
   * @return the volume's name
   */
  public static String create(String learner, String record) {
    String name = "storage-lab-record-" + learner + "-0000000000001-1000";
    DockerCli.ok(
        "volume",
        "create",
        "--label",
        "dev.storagelab.managed=true",
        "--label",
        "dev.storagelab.kind=volume",
        "--label",
        "dev.storagelab.lesson=room",
        "--label",
        "dev.storagelab.run=record",
        "--label",
        "dev.storagelab.learner=" + learner,
        "--label",
        "dev.storagelab.record=" + record,
        name);
    return name;
  }
}
