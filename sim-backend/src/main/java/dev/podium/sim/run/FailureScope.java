package dev.podium.sim.run;

/** What a failure of one component takes down, from the host it strikes. */
public enum FailureScope {
  /** One accelerator of the host: the GPU itself, its HBM, SRAM, processor, thermals, SDC, or its NIC. */
  ACCELERATOR,
  /** The whole host: maintenance, SSD, power supply, chassis, IO board, CPU, system memory. */
  HOST,
  /** Every host under the leaf switch: the domain of the level above the host level. */
  SWITCH,
  /** The job on the host crashes or hangs; no hardware goes unhealthy, so nothing is repaired. */
  SOFTWARE
}
