package dev.podium.sim.run;

/**
 * One drawn failure.
 *
 * @param seconds when it struck
 * @param component the {@link FailureComponent}'s name
 * @param scope what it takes down
 * @param firstAccelerator the lowest accelerator it covers (for software, of the host)
 * @param accelerators how many accelerators it covers (a switch: those cabled to the leaf)
 * @param effective false when it changed nothing: its hardware had failed already, or no job ran on
 *     the host of a software failure
 */
public record Failure(double seconds, String component, FailureScope scope, int firstAccelerator, int accelerators,
    boolean effective) {}
