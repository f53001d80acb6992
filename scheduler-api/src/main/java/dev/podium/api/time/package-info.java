/** Time as the scheduler sees it: virtual in the simulator, system time in a server. */
package dev.podium.api.time;
