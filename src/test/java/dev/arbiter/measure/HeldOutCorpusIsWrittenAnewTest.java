package dev.arbiter.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The held-out corpus's figures mean something only if its solutions were written anew. Twice a held-out solution
 * turned out to be another file of the repository with its names changed (the team's LIS reference, a tuning square
 * root). This compares every held-out solution, token by token with identifiers made alike, with every other solution
 * of its language in problems/ and the test resources, and fails on a renamed copy.
 */
class HeldOutCorpusIsWrittenAnewTest {

    /** A rename scores 1.0; the most alike of the solutions written anew score 0.93 (the same short recursion). */
    static final double COPY_ABOVE = 0.96;

    static final Pattern TOKEN = Pattern.compile("[A-Za-z_]\\w*|\\d+|\\S");
    static final Pattern COMMENT = Pattern.compile("//[^\\n]*|#[^\\n]*|/\\*.*?\\*/|\"\"\".*?\"\"\"", Pattern.DOTALL);
    static final Set<String> KEYWORDS = Set.of("class", "public", "private", "static", "final", "int", "long",
            "double", "boolean", "void", "return", "for", "while", "if", "else", "new", "null", "true", "false",
            "var", "def", "in", "range", "len", "import", "from", "self", "True", "False", "None", "and", "or",
            "not", "lambda", "yield");

    @Test
    void noHeldOutSolutionIsARenamedCopyOfAnotherSolution() {
        List<Path> heldOut = solutions(ComplexityCorpusTest.HELD_OUT);
        List<Path> others = new ArrayList<>(solutions(Path.of("problems")));
        others.addAll(solutions(Path.of("src/test/resources")).stream()
                .filter(path -> !path.startsWith(ComplexityCorpusTest.HELD_OUT)).toList());
        assertTrue(heldOut.size() >= 56, "held-out solutions found: " + heldOut.size());

        List<String> copies = new ArrayList<>();
        for (Path candidate : heldOut) {
            List<String> tokens = shape(candidate);
            for (Path other : others) {
                if (!extension(other).equals(extension(candidate))) {
                    continue;
                }
                double alike = likeness(tokens, shape(other));
                if (alike > COPY_ABOVE) {
                    copies.add(String.format("%s is %.2f alike to %s", candidate, alike, other));
                }
            }
        }
        assertEquals(List.of(), copies, "held-out solutions must be written anew, not renamed");
    }

    @Test
    void aRenamedCopyIsCaughtAndADifferentMethodIsNot() {
        List<String> tails = tokens("""
                int[] tails = new int[nums.length]; int size = 0;
                for (int x : nums) { int lo = 0, hi = size; while (lo < hi) { int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1; else hi = mid; } tails[lo] = x; if (lo == size) size++; }
                return size;""");
        List<String> renamed = tokens("""
                int[] t = new int[a.length]; int n = 0; // smallest tail of each length
                for (int v : a) { int l = 0, h = n; while (l < h) { int m = (l + h) >>> 1;
                if (t[m] < v) l = m + 1; else h = m; } t[l] = v; if (l == n) n++; }
                return n;""");
        List<String> treeSet = tokens("""
                TreeSet<Integer> tops = new TreeSet<>();
                for (int value : nums) { Integer above = tops.ceiling(value); if (above != null) tops.remove(above);
                tops.add(value); } return tops.size();""");
        assertEquals(1.0, likeness(tails, renamed), 1e-9);
        assertTrue(likeness(tails, treeSet) < COPY_ABOVE, "a TreeSet of tops is another method");
    }

    static List<Path> solutions(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(path -> path.toString().contains("/solutions/"))
                    .filter(path -> extension(path).equals("java") || extension(path).equals("py"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static List<String> shape(Path source) {
        try {
            return tokens(Files.readString(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source's tokens without comments, every identifier that is not a keyword made the same. */
    static List<String> tokens(String source) {
        Matcher matcher = TOKEN.matcher(COMMENT.matcher(source).replaceAll(" "));
        List<String> tokens = new ArrayList<>();
        while (matcher.find()) {
            String token = matcher.group();
            boolean identifier = Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
            tokens.add(identifier && !KEYWORDS.contains(token) ? "ID" : token);
        }
        return tokens;
    }

    /** Twice the longest common subsequence over the two lengths: 1.0 for the same shape. */
    static double likeness(List<String> a, List<String> b) {
        int[] previous = new int[b.size() + 1];
        int[] current = new int[b.size() + 1];
        for (String token : a) {
            for (int j = 1; j <= b.size(); j++) {
                current[j] = token.equals(b.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 2.0 * previous[b.size()] / (a.size() + b.size());
    }
}
