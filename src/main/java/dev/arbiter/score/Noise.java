package dev.arbiter.score;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arbiter.measure.Measurement;
import dev.arbiter.measure.Stats;

import java.util.ArrayList;
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
    /** Noisy or not, the sources that were seen, and the figures behind them. */
    public record Verdict(boolean noisy, List<NoiseSource> sources, double foreignShare, double delayShare, ObjectNode evidence) {
    }

    /**
     * The host's cache during the score ({@link HostCache}): the quiet reading and the median reading of the rounds the
     * ratio was taken from (ns; +infinity, NaN where none), how much the ratio moved with the readings
     * ({@link HostCache#sensitivity}, NaN where it could not be told), and how many of the rounds at the top sizes the
     * host disturbed.
     */
    public record HostReading(double quietNs, double countedNs, double sensitivity, int disturbedRounds, int rounds) {
        public static final HostReading NONE = new HostReading(Double.POSITIVE_INFINITY, Double.NaN, Double.NaN, 0, 0);

        /**
         * The host disturbed the score: even the rounds the ratio was taken from read over {@link HostCache#DISTURBED}
         * times the quiet reading (the host held the cache throughout, and nothing in the score can show that this did
         * not matter), or over {@link HostCache#NEAR_QUIET} times it while the ratio moves with the cache (by less where
         * the host disturbed most rounds, {@link HostCache#SENSITIVE_WHEN_MOSTLY_DISTURBED}) or whether it does could
         * not be told.
         */
        public boolean disturbedTheScore() {
            if (!Double.isFinite(countedNs) || countedNs <= HostCache.NEAR_QUIET * quietNs) return false;
            if (countedNs > HostCache.DISTURBED * quietNs) return true;
            double sensitive = 2 * disturbedRounds > rounds ? HostCache.SENSITIVE_WHEN_MOSTLY_DISTURBED : HostCache.SENSITIVE;
            return Double.isNaN(sensitivity) || sensitivity > sensitive;
        }
    }

    /** As {@link #judge(List, Double, HostReading)} with no reading of the host's cache. */
    public Verdict judge(List<Measurement> forks, Double spread) {
        return judge(forks, spread, HostReading.NONE);
    }

    /**
     * Judges the timed forks: noisy when the forks that decide the score (ScoreSummary.centralSpread) disagree by more
     * than NOISY_SPREAD, the other program intruded, or the host disturbed the score ({@link HostReading#disturbedTheScore}).
     */
    public Verdict judge(List<Measurement> forks, Double spread, HostReading host) {
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
        boolean noisy = (spread != null && spread > ScoreSummary.NOISY_SPREAD) || foreignShare > ScoreSummary.NOISY_FOREIGN
                || host.disturbedTheScore();
        List<NoiseSource> sources = new ArrayList<>();
        if (foreignShare > ScoreSummary.NOISY_FOREIGN) sources.add(NoiseSource.OTHER_PROGRAM);
        if (delayShare > DELAY_SHARE) sources.add(NoiseSource.MACHINE_LOAD);
        if (busyCores - serverCores - 1 > NEIGHBOUR_CORES) sources.add(NoiseSource.NEIGHBOURS);
        if (host.disturbedRounds() > 0 || host.disturbedTheScore()) sources.add(NoiseSource.HOST_MEMORY);
        // per fork, the median of its cache readings (interleave reports -1 when its ring would not allocate)
        List<Double> probes = forks.stream()
                .map(m -> m.sizes().stream().flatMap(s -> s.probeNs().stream()).filter(ns -> ns > 0).map(ns -> ns / 1e6).toList())
                .filter(ms -> !ms.isEmpty()).map(Stats::median).toList();
        if (serverCores > SERVER_CORES) sources.add(NoiseSource.SERVER);
        if (pauses > 0) sources.add(NoiseSource.VERDICT_PAUSES);
        if (sources.isEmpty()) sources.add(NoiseSource.RUN_TO_RUN);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("noisy", noisy);
        if (spread != null) out.put("spread", spread);
        out.put("foreignCpuShare", foreignShare).put("runDelayShare", delayShare).put("serverCores", serverCores)
                .put("busyCores", busyCores).put("cores", cores).put("pauses", pauses)
                .put("hostDisturbedRounds", host.disturbedRounds()).put("hostRounds", host.rounds());
        if (Double.isFinite(host.quietNs())) out.put("hostQuietMs", host.quietNs() / 1e6);
        if (Double.isFinite(host.countedNs())) out.put("hostCountedMs", host.countedNs() / 1e6);
        if (!Double.isNaN(host.sensitivity())) out.put("hostSensitivity", host.sensitivity());
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
