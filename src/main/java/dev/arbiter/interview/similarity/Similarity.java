package dev.arbiter.interview.similarity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How alike two programs are: the Dice coefficient of their winnowed fingerprints, 0 (nothing shared) to 1, after
 * dropping the fingerprints of the starter code everyone is given. Lines holding shared fingerprints are returned
 * so a report can show them side by side.
 */
public final class Similarity {

    public record Match(double score, Set<Integer> linesA, Set<Integer> linesB) {
    }

    private Similarity() {
    }

    public static Match compare(String a, String b, boolean python, String base) {
        Set<Long> common = hashes(base, python);
        List<Winnowing.Fingerprint> fa = fingerprints(a, python, common);
        List<Winnowing.Fingerprint> fb = fingerprints(b, python, common);
        Set<Long> ha = new HashSet<>();
        fa.forEach(f -> ha.add(f.hash()));
        Set<Long> hb = new HashSet<>();
        fb.forEach(f -> hb.add(f.hash()));
        if (ha.isEmpty() || hb.isEmpty()) return new Match(0, Set.of(), Set.of());
        Set<Long> shared = new HashSet<>(ha);
        shared.retainAll(hb);
        double score = 2.0 * shared.size() / (ha.size() + hb.size());
        return new Match(score, lines(fa, shared), lines(fb, shared));
    }

    private static List<Winnowing.Fingerprint> fingerprints(String code, boolean python, Set<Long> drop) {
        return Winnowing.fingerprints(CodeTokens.of(code, python)).stream().filter(f -> !drop.contains(f.hash())).toList();
    }

    private static Set<Long> hashes(String code, boolean python) {
        Set<Long> out = new HashSet<>();
        if (code != null) Winnowing.fingerprints(CodeTokens.of(code, python)).forEach(f -> out.add(f.hash()));
        return out;
    }

    private static Set<Integer> lines(List<Winnowing.Fingerprint> prints, Set<Long> shared) {
        Set<Integer> out = new TreeSet<>();
        for (Winnowing.Fingerprint f : prints) {
            if (!shared.contains(f.hash())) continue;
            for (int l = f.firstLine(); l <= f.lastLine(); l++) out.add(l);
        }
        return out;
    }
}
