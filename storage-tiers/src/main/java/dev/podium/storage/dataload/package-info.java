/**
 * Time to read training data: a host's cache hits come from its NVMe, its misses from the warm tier
 * through its storage link, shared with every other host reading at the same time; both paths run in
 * parallel and the slower one decides. The simulator uses it for the data-loading part of a step and
 * for staging a dataset before a job starts.
 */
package dev.podium.storage.dataload;
