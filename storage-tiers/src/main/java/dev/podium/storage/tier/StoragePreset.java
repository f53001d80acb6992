package dev.podium.storage.tier;

/**
 * A built-in storage system by its stable name; {@link StoragePresets#build(String, int)} sizes it for
 * a number of hosts.
 *
 * @param name stable name, e.g. {@code meta-tectonic}
 * @param description what it models and where its figures come from
 */
public record StoragePreset(String name, String description) {}
