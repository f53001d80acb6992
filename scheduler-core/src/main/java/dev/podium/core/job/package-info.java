/** Job requests as people write them ({@code tp=8,pp=8,dp=16,model=llama3-70b}), parsed into {@code JobSpec}s. */
package dev.podium.core.job;
