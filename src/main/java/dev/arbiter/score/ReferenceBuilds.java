package dev.arbiter.score;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A problem's reference as built for its last score (Java: the class files), put back for the next instead of built
 * again: compiling it took about 0.4 s of every Java score. Packed from /ref by the reference's user right after the
 * build; /ref is closed to the submission's user, so nothing of a submission can enter it.
 */
@ApplicationScoped
public class ReferenceBuilds {

    private static final int KEEP = 16;

    private final Map<String, byte[]> recent = new LinkedHashMap<>(KEEP, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > KEEP;
        }
    };

    /** What a build depends on: the reference's source and spec, its language and the judge image that built it. */
    public static String key(PerfScorer.Job job, String imageId) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(job.referenceSource().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(job.specJson().getBytes(StandardCharsets.UTF_8));
            return String.join("|", job.language().name(), imageId, HexFormat.of().formatHex(sha.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized Optional<byte[]> get(String key) {
        return Optional.ofNullable(recent.get(key));
    }

    /** Keeps a build that compiled cleanly (a failed one is never packed). */
    public synchronized void keep(String key, byte[] build) {
        recent.put(key, build);
    }
}
