package dev.arbiter.score;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Samples, over one score, the server process's CPU time and the machine's busy CPU time (/proc/stat). */
final class NoiseProbe {

    private static final double JIFFY_NS = 1e7; // USER_HZ = 100 on Linux
    private final long startNs = System.nanoTime();
    private final long serverCpu0 = serverCpuNs();
    private final long busy0 = busyJiffies();

    /** The readings so far, with {@code pauses} the times the measurement gave way to verdicts. */
    Noise read(long pauses) {
        double wall = Math.max(1, System.nanoTime() - startNs);
        long busy = busyJiffies();
        double busyCores = busy < 0 || busy0 < 0 ? 0 : (busy - busy0) * JIFFY_NS / wall;
        double serverCores = Math.max(0, serverCpuNs() - serverCpu0) / wall;
        return new Noise(serverCores, busyCores, Runtime.getRuntime().availableProcessors(), pauses);
    }

    private static long serverCpuNs() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.max(0, sun.getProcessCpuTime()) : 0;
    }

    /** Busy jiffies of all CPUs (user, nice, system, irq, softirq, steal), or -1 where there is no /proc/stat. */
    private static long busyJiffies() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i : new int[]{1, 2, 3, 6, 7, 8}) busy += Long.parseLong(f[i]);
            return busy;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
