package dev.arbiter.score;

import dev.arbiter.measure.Measurement;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reference's counted work, kept per reference, inputs and judge image: a count is the same in every run (random
 * seeded, clocks read 0 while counting), so scores of one problem count their reference once and, from the second
 * on, count only the submission. The last few are kept in memory; a restarted server counts again.
 */
@ApplicationScoped
public class ReferenceCounts {

    private static final int KEEP = 16;

    private final Map<String, Measurement> recent = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Measurement> eldest) {
            return size() > KEEP;
        }
    };

    /** What identifies a reference's counts: its source, the problem version (inputs), memory and the judge image. */
    public static String key(PerfScorer.Job job, String imageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(job.referenceSource().getBytes(StandardCharsets.UTF_8));
            return String.join("|", job.problemVersion(), job.language().name(), String.valueOf(job.memoryMb()), imageId,
                    HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The reference's counts (a one-program measurement), when kept. */
    public synchronized Optional<Measurement> get(String key) {
        return Optional.ofNullable(recent.get(key));
    }

    /** Keeps the reference's counts, unless its counting failed (a failure may not happen again). */
    public synchronized void keep(String key, Measurement reference) {
        if (!reference.programs().get(0).failed()) recent.put(key, reference);
    }
}
