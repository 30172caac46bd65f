package dev.arbiter.measure;

import dev.arbiter.measure.ComplexityFit;

import java.util.List;

/**
 * What judge-images/interleave measured: per program its fate, per input size each program's answer and its
 * per-call times over the rounds (measured outside the program), allocated or peak bytes of one call, and the
 * CPU other programs used while it was timed; and, for a timed run, the CPU the programs took turns on (-1: not
 * pinned, as when counting) and the ns per step of a walk through memory that misses the cache (-1: not measured),
 * what a reading of the host's cache approaches when the host has taken the cache.
 */
public record Measurement(List<Program> programs, List<Size> sizes, int cpu, double memoryStepNs) {

    public Measurement(List<Program> programs, List<Size> sizes) {
        this(programs, sizes, -1, -1);
    }

    /** How a program's run ended, as interleave reports it ("ok", "timeout", "enough", "failed"). */
    public enum Status {
        /** Every size ran. */
        OK,
        /** A call took too long at size timedOutAt. */
        TIMEOUT,
        /** Counting's unit budget: the size before timedOutAt counted over it and was its last. */
        ENOUGH,
        /** The program failed (with the reason). */
        FAILED;

        /** interleave's word for it; an unknown word is an error, not a status quietly read as another. */
        public static Status of(String word) {
            for (Status s : values()) if (s.toString().equals(word)) return s;
            throw new IllegalArgumentException("interleave reported an unknown status: " + word);
        }

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record Program(Status status, int timedOutAt, String failure, String stderr) {
        public boolean ok() {
            return status == Status.OK;
        }

        public boolean failed() {
            return status == Status.FAILED;
        }

        /** Its sizes ended before the last, at timedOutAt: too slow, or enough work counted. */
        public boolean stoppedEarly() {
            return status == Status.TIMEOUT || status == Status.ENOUGH;
        }
    }

    /**
     * One input size; results.get(p) is program p's answer, null when it was not run at this size. probeNs: at the
     * largest sizes of a timed run, interleave's readings of the host's cache before each round and after the last
     * (round k lies between readings k and k + 1; 0 where a measured program would not stay idle during the reading;
     * docs/PERFORMANCE.md), else none.
     */
    public record Size(long n, List<String> results, List<Run> runs, List<Long> probeNs) {
        public Size(long n, List<String> results, List<Run> runs) {
            this(n, results, runs, List.of());
        }

        /**
         * The host's cache around round k: the slower of the readings before and after it; -1 when not read. A reading
         * of 0 (a measured program would not stay idle during it) slows nothing: 0 when both are.
         */
        public long probeAround(int round) {
            if (round + 1 >= probeNs.size() || probeNs.get(round) < 0 || probeNs.get(round + 1) < 0) return -1;
            return Math.max(probeNs.get(round), probeNs.get(round + 1));
        }
    }

    /**
     * One program at one size: calls per batch, bytes of one call, foreign CPU (other programs' CPU while this one was
     * timed), total timed time, its run delay (time it waited for a CPU while timed), the per-call ns of each round,
     * and, in a counting measurement, the work of each counted call.
     */
    public record Run(long batch, long bytes, long foreignNs, long timedNs, long delayNs, List<Long> ns, List<Long> counts) {
        /** A timed run (no delay known, no counts). */
        public Run(long batch, long bytes, long foreignNs, long timedNs, List<Long> ns) {
            this(batch, bytes, foreignNs, timedNs, 0, ns, List.of());
        }

        public boolean measured() {
            return !ns.isEmpty() || !counts.isEmpty();
        }

        /** The median count of the counted calls. */
        public double medianCount() {
            return Stats.median(counts.stream().map(Long::doubleValue).toList());
        }

        public double medianSeconds() {
            return Stats.median(ns.stream().map(v -> v / 1e9).toList());
        }
    }

    /** The same measurement restricted to some of its programs, in the order given (e.g. a submission, then its reference). */
    public Measurement select(int... programs) {
        List<Program> chosen = new java.util.ArrayList<>();
        for (int p : programs) chosen.add(this.programs.get(p));
        List<Size> rows = new java.util.ArrayList<>();
        for (Size size : sizes) {
            List<String> results = new java.util.ArrayList<>();
            List<Run> runs = new java.util.ArrayList<>();
            for (int p : programs) {
                results.add(size.results().get(p));
                runs.add(size.runs().get(p));
            }
            rows.add(new Size(size.n(), results, runs, size.probeNs()));
        }
        return new Measurement(chosen, rows, cpu, memoryStepNs);
    }

    /** This measurement's programs followed by another's over the same inputs (a kept reference's counts). */
    public Measurement beside(Measurement other) {
        if (other.sizes.size() != sizes.size()) throw new IllegalArgumentException("measurements of different inputs");
        List<Program> all = new java.util.ArrayList<>(programs);
        all.addAll(other.programs);
        List<Size> rows = new java.util.ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Size mine = sizes.get(i);
            Size theirs = other.sizes.get(i);
            if (mine.n() != theirs.n()) throw new IllegalArgumentException("measurements of different inputs");
            List<String> results = new java.util.ArrayList<>(mine.results());
            results.addAll(theirs.results());
            List<Run> runs = new java.util.ArrayList<>(mine.runs());
            runs.addAll(theirs.runs());
            rows.add(new Size(mine.n(), results, runs));
        }
        return new Measurement(all, rows, cpu, memoryStepNs);
    }

    /**
     * One program over every input, from a run of it as two processes: the first given the inputs at even places, the
     * second those at odd places (the second padded with a copy of the last input when their number is odd). Each
     * input's row comes from the process that had it; the program failed where either did, else timed out at the first
     * input either was cut at. {@code sizes}: every input's size, in order.
     */
    public Measurement unsplit(List<Long> sizes) {
        if (programs.size() != 2 || this.sizes.size() != (sizes.size() + 1) / 2) {
            throw new IllegalArgumentException("not a program's measurement split over alternate inputs");
        }
        List<Size> rows = new java.util.ArrayList<>();
        for (int i = 0; i < sizes.size(); i++) {
            Size half = this.sizes.get(i / 2);
            rows.add(new Size(sizes.get(i), java.util.Collections.singletonList(half.results().get(i % 2)),
                    List.of(half.runs().get(i % 2))));
        }
        return new Measurement(List.of(fate(sizes.size())), rows, cpu, memoryStepNs);
    }

    /**
     * The inputs (or their sizes) a split program's process gets: those at even places (parity 0) or odd places (1),
     * the odd ones padded with the last to as many as the even, so both processes have as many ({@link #unsplit}).
     */
    public static <T> List<T> alternate(List<T> items, int parity) {
        List<T> out = new java.util.ArrayList<>();
        for (int i = parity; i < items.size(); i += 2) out.add(items.get(i));
        if (parity == 1 && items.size() % 2 == 1) out.add(items.get(items.size() - 1));
        return out;
    }

    private Program fate(int inputs) {
        Program even = programs.get(0);
        Program odd = programs.get(1);
        if (even.failed()) return even;
        if (odd.failed()) return odd;
        Program first = even;
        int cut = even.stoppedEarly() ? 2 * even.timedOutAt() : Integer.MAX_VALUE;
        if (odd.stoppedEarly() && 2 * odd.timedOutAt() + 1 < Math.min(cut, inputs)) {
            first = odd;
            cut = 2 * odd.timedOutAt() + 1;
        }
        String stderr = even.stderr() + odd.stderr();
        return cut < inputs ? new Program(first.status(), cut, "", stderr) : new Program(Status.OK, -1, "", stderr);
    }

    /**
     * Program p's seconds per call by size over repeated measurements of the same programs and sizes: at each size
     * every measurement reached, the median of their per-size medians.
     */
    public static List<ComplexityFit.Point> curve(List<Measurement> measurements, int program) {
        int count = measurements.stream().mapToInt(m -> m.measuredSizes(program)).min().orElse(0);
        List<ComplexityFit.Point> out = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            int size = i;
            out.add(new ComplexityFit.Point(measurements.get(0).sizes().get(i).n(),
                    Stats.median(measurements.stream().map(m -> m.sizes().get(size).runs().get(program).medianSeconds()).toList())));
        }
        return out;
    }

    /** Program p's counted work by size: every counted call as a point (repeats of randomised programs scatter). */
    public List<ComplexityFit.Point> counts(int program) {
        List<ComplexityFit.Point> out = new java.util.ArrayList<>();
        for (int i = 0; i < measuredSizes(program); i++) {
            for (long c : sizes.get(i).runs().get(program).counts()) out.add(new ComplexityFit.Point(sizes.get(i).n(), Math.max(1, c)));
        }
        return out;
    }

    /** Sizes at which program p was measured, in order (it stops at its first timeout or failure). */
    public int measuredSizes(int program) {
        int count = 0;
        while (count < sizes.size() && sizes.get(count).runs().get(program).measured()) count++;
        return count;
    }
}
