package dev.storagelab.k8s.cluster;

import java.util.List;
import java.util.Optional;

/** The files a pod sees, and those on a node's host, as evidence. */
public interface PodFiles {

  /**
   * The names in a folder of a running container ({@code ls -A}).
   *
   * @throws ClusterException when the cluster cannot run the command
   */
  List<String> list(String namespace, String pod, String container, String path);

  /**
   * The names in a folder of the Docker host, where a hostPath volume keeps its data; empty when it
   * cannot be read from here.
   */
  Optional<List<String>> onHost(String path);

  /**
   * What a URL answers, fetched from inside a running container ({@code wget -qO-}): how a Service
   * is reached from within the cluster.
   *
   * @return the answer's body, or empty when nothing answers in a few seconds
   */
  Optional<String> fetch(String namespace, String pod, String container, String url);
}
