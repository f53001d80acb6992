/**
 * How concurrent readers and writers share a tier. {@link dev.podium.storage.share.FairShare} is the
 * max-min fair rate of every stream: each stream is capped by its own link (e.g. a host's
 * storage-fabric ceiling) and all streams time-share the tier, a reader at rate {@code r} using
 * {@code r / read} of it and a writer at rate {@code w} using {@code w / write}.
 * {@link dev.podium.storage.share.TransferTimes} turns rates into completion times for a set of
 * transfers that start together, at the tier's peak rates while its burst budget lasts and at its
 * sustained rates after, re-sharing whenever a transfer finishes.
 */
package dev.podium.storage.share;
