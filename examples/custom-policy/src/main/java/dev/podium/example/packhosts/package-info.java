/**
 * An out-of-tree placement policy written against scheduler-api alone: {@code pack-hosts} puts a
 * gang on as few hosts as possible, taking the hosts with the most free accelerators whole and the
 * last one best-fit, and maps ranks in locality order so tensor-parallel groups share a host.
 */
package dev.podium.example.packhosts;
