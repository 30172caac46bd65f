package dev.arbiter.interview.similarity;

import java.util.ArrayList;
import java.util.List;

/**
 * Document fingerprints by winnowing (Schleimer, Wilkerson, Aiken 2003; the algorithm behind MOSS): hash every
 * k-gram of tokens, and of each window of w consecutive hashes keep the smallest (the rightmost on ties). Any match
 * of at least w + k - 1 tokens shares a fingerprint; matches shorter than k tokens never do (noise).
 */
public final class Winnowing {

    public static final int K = 6;
    public static final int W = 4;

    /** A kept hash and the lines of the k-gram it covers. */
    public record Fingerprint(long hash, int firstLine, int lastLine) {
    }

    private Winnowing() {
    }

    public static List<Fingerprint> fingerprints(List<CodeTokens.Token> tokens) {
        int grams = tokens.size() - K + 1;
        List<Fingerprint> out = new ArrayList<>();
        if (grams <= 0) return out;
        long[] hashes = new long[grams];
        for (int i = 0; i < grams; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + K; j++) h = 31 * h + tokens.get(j).text().hashCode();
            hashes[i] = mix(h);
        }
        int lastPicked = -1;
        for (int start = 0; start + W <= Math.max(grams, W); start++) {
            int end = Math.min(start + W, grams);
            int min = start;
            for (int i = start; i < end; i++) if (hashes[i] <= hashes[min]) min = i;
            if (min != lastPicked) {
                out.add(new Fingerprint(hashes[min], tokens.get(min).line(), tokens.get(min + K - 1).line()));
                lastPicked = min;
            }
            if (end == grams) break;
        }
        return out;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
