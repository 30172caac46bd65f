package dev.arbiter.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.Stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the scorer saw outside the sandbox while it measured: the server process's CPU, the machine's busy cores
 * and how often the measurement gave way to verdicts. With the sandbox's own readings (the other program's CPU and
 * the measured programs' run delay while timed, from interleave) it says whether a score is noisy and why.
 */
public record Noise(double serverCores, double busyCores, int cores, long pauses) {

    public static final Noise NONE = new Noise(0, 0, 1, 0);
    /** Waiting for a CPU this share of the timed time counts as a disturbance. */
    static final double DELAY_SHARE = 0.05;
    /** The server using more than this many cores on average counts as a disturbance. */
    static final double SERVER_CORES = 0.25;
    /** Busy cores beyond the sandbox's one and the server's: other processes on the machine. */
    static final double NEIGHBOUR_CORES = 0.5;
    /**
     * The slowest fork's memory probe (the median of its three) this much slower than the fastest's: the host changed
     * speed. On a steady host the probe repeats within about 10 % (4.1-4.6 ms, its first run after a start up to
     * 7 ms); beside a busy neighbour it took 4.4 to 47 ms (docs/BENCHMARKS.md).
     */
    static final double HOST_PROBE_SPREAD = 0.25;

    /** Noisy or not, the sources that were seen, and the figures behind them. */
    public record Verdict(boolean noisy, List<NoiseSource> sources, double foreignShare, double delayShare, ObjectNode evidence) {
    }

    /**
     * Judges the timed forks: noisy when the forks that decide the score (ScoreSummary.centralSpread) disagree by more
     * than NOISY_SPREAD, or the other program intruded.
     */
    public Verdict judge(List<Measurement> forks, Double spread) {
        double foreign = 0;
        double delay = 0;
        double timed = 0;
        for (Measurement m : forks) {
            for (Measurement.Size s : m.sizes()) {
                for (Measurement.Run r : s.runs()) {
                    foreign += r.foreignNs();
                    delay += r.delayNs();
                    timed += r.timedNs();
                }
            }
        }
        double foreignShare = timed == 0 ? 0 : foreign / timed;
        double delayShare = timed == 0 ? 0 : delay / timed;
        boolean noisy = (spread != null && spread > ScoreSummary.NOISY_SPREAD) || foreignShare > ScoreSummary.NOISY_FOREIGN;
        List<NoiseSource> sources = new ArrayList<>();
        if (foreignShare > ScoreSummary.NOISY_FOREIGN) sources.add(NoiseSource.OTHER_PROGRAM);
        if (delayShare > DELAY_SHARE) sources.add(NoiseSource.MACHINE_LOAD);
        if (busyCores - serverCores - 1 > NEIGHBOUR_CORES) sources.add(NoiseSource.NEIGHBOURS);
        // a probe that could not run (interleave reports -1 when its 8 MiB would not allocate) says nothing of the host
        List<Double> probes = forks.stream().map(m -> m.probeNs().stream().filter(ns -> ns > 0).map(ns -> ns / 1e6).toList())
                .filter(ms -> !ms.isEmpty()).map(Stats::median).toList();
        double hostSpread = probes.size() < 2 ? 0 : Collections.max(probes) / Collections.min(probes) - 1;
        if (hostSpread > HOST_PROBE_SPREAD) sources.add(NoiseSource.HOST_MEMORY);
        if (serverCores > SERVER_CORES) sources.add(NoiseSource.SERVER);
        if (pauses > 0) sources.add(NoiseSource.VERDICT_PAUSES);
        if (sources.isEmpty()) sources.add(NoiseSource.RUN_TO_RUN);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("noisy", noisy);
        if (spread != null) out.put("spread", spread);
        out.put("foreignCpuShare", foreignShare).put("runDelayShare", delayShare).put("serverCores", serverCores)
                .put("busyCores", busyCores).put("cores", cores).put("pauses", pauses).put("hostProbeSpread", hostSpread);
        var probeMs = out.putArray("hostProbeMs");
        probes.forEach(probeMs::add);
        var names = out.putArray("sources");
        sources.forEach(s -> names.add(s.name()));
        if (noisy) {
            out.put("because", String.join("; ", sources.stream().map(NoiseSource::description).toList()));
        }
        return new Verdict(noisy, sources, foreignShare, delayShare, out);
    }
}
