package dev.storagelab.k8s.bridge;

/**
 * One Docker setting of how a program runs beside what it became in Kubernetes.
 *
 * @param workload the container or service
 * @param docker the setting as Docker says it, e.g. {@code --entrypoint /bin/httpd}; a credential's
 *     value never appears
 * @param kubernetes what it became, e.g. {@code command: [/bin/httpd]}
 * @param reason why, or what to do where nothing could be carried over
 */
public record SettingRow(String workload, String docker, String kubernetes, String reason) {}
