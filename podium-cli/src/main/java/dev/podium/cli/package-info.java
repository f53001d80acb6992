/** The {@code podium} command (picocli): one subcommand per user task, errors on stderr. */
package dev.podium.cli;
