package dev.arbiter.judge;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judge is sealed: a candidate's program reaches the input of the test it runs and nothing else of the problem,
 * and nothing it writes changes what the judge compares. Each test is a probe a hostile candidate would write.
 */
@QuarkusTest
class SealedJudgeTest {

    private static final Path TWO_SUM = Path.of("problems/two-sum");

    /** Reads everything it can reach and prints it; answers correctly so that every test runs. */
    static final String PY_PROBE = """
            import glob, os
            def _everything():
                seen = []
                paths = glob.glob('/work/**', recursive=True) + glob.glob('/tmp/**', recursive=True) \\
                    + glob.glob('/ref/**', recursive=True) + glob.glob('/proc/[0-9]*/fd/*') \\
                    + glob.glob('/proc/[0-9]*/cmdline') + glob.glob('/proc/[0-9]*/environ') + glob.glob('/proc/[0-9]*/mem')
                for p in paths:
                    try:
                        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK)  # a pipe must not make the probe wait
                        try:
                            seen.append(p + ' ' + os.read(fd, 1 << 20).decode('utf-8', 'replace'))
                        finally:
                            os.close(fd)
                    except OSError as e:
                        seen.append(p + ' ! ' + type(e).__name__)
                return seen
            class Solution:
                def twoSum(self, nums, target):
                    print('\\n'.join(_everything()))
                    seen = {}
                    for i, x in enumerate(nums):
                        if target - x in seen:
                            return [seen[target - x], i]
                        seen[x] = i
            """;

    @Test
    void aSampleSeesNoSecretInputNorTheReference() throws IOException {
        JsonPath view = Judging.judge("two-sum", "python", PY_PROBE);
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        String shown = String.join("\n", view.getList("tests.findAll { it.sample }.stdout", String.class));
        assertThat(shown).contains("/work/sub/src/solution.py"); // the probe did run and read what it may
        for (String secret : secretInputs()) {
            assertThat(shown).doesNotContain(secret);
        }
        String reference = Files.readString(TWO_SUM.resolve("solutions/accepted/solution.py"));
        assertThat(shown).doesNotContain(reference.lines().filter(l -> l.contains("seen.get")).findFirst().orElseThrow());
        assertThat(shown).doesNotContain("/work/tests").doesNotContain("/work/ref");
    }

    @Test
    void javaCannotLoadAReferenceFromAnywhere() {
        String source = """
                class Solution {
                    public int[] twoSum(int[] nums, int target) {
                        for (String dir : new String[]{"/work/ref/classes/", "/ref/classes/", "/work/sub/classes/", "/tmp/sub/classes/"}) {
                            try (var loader = new java.net.URLClassLoader(new java.net.URL[]{new java.io.File(dir).toURI().toURL()}, null)) {
                                Object ref = loader.loadClass("Solution").getDeclaredConstructor().newInstance();
                                var m = ref.getClass().getDeclaredMethod("twoSum", int[].class, int.class);
                                m.setAccessible(true);
                                return (int[]) m.invoke(ref, nums, target);
                            } catch (Throwable e) { }
                        }
                        return new int[]{0, 0};
                    }
                }
                """;
        assertThat(Judging.judge("two-sum", "java", source).getString("verdict")).isEqualTo("WRONG_ANSWER");
    }

    @Test
    void theExpectedAnswerToCustomInputComesFromAReferenceOutOfReach() {
        // the program overwrites every file it can and looks for a reference to forge; the answer it is compared with
        // is still the reference's, computed in a sandbox of its own
        String source = """
                import glob, os
                class Solution:
                    def twoSum(self, nums, target):
                        for p in glob.glob('/work/**', recursive=True) + glob.glob('/tmp/**', recursive=True) \\
                                + glob.glob('/ref/**', recursive=True) + ['/work/ref/src/solution.py', '/ref/src/solution.py']:
                            try:
                                with open(p, 'w') as f:
                                    f.write('FORGED-EXPECTED')
                            except OSError:
                                pass
                        return [1, 1]
                """;
        String id = Judging.submit("two-sum", "python", source, "run", "[3,2,4]\n6\n");
        JsonPath view = Judging.awaitDone(id, Duration.ofMinutes(2));
        assertThat(view.getString("verdict")).isEqualTo("WRONG_ANSWER");
        assertThat(view.getString("tests[0].expected")).isEqualTo("[1,2]");
        assertThat(view.getString("tests[0].actual")).isEqualTo("[1,1]");
    }

    @Test
    void theResultChannelTakesExactlyOneValue() {
        // a right answer with a second value written after it on the judge's channel is not accepted
        String source = """
                import os
                class Solution:
                    def twoSum(self, nums, target):
                        seen = {}
                        for i, x in enumerate(nums):
                            if target - x in seen:
                                os.write(3, b' [9,9]')
                                return [seen[target - x], i]
                            seen[x] = i
                """;
        JsonPath view = Judging.run("two-sum", "python", source);
        assertThat(view.getString("verdict")).isEqualTo("RUNTIME_ERROR");
        assertThat(view.getString("message")).contains("result channel");
    }

    @Test
    void ptraceIsRefusedAtOnceRatherThanHangingTheJudge() {
        String source = """
                import ctypes
                libc = ctypes.CDLL(None, use_errno=True)
                TRACED = libc.ptrace(0, 0, 0, 0), libc.ptrace(16, 1, 0, 0), ctypes.get_errno()
                class Solution:
                    def twoSum(self, nums, target):
                        print('ptrace', TRACED)
                        seen = {}
                        for i, x in enumerate(nums):
                            if target - x in seen:
                                return [seen[target - x], i]
                            seen[x] = i
                """;
        JsonPath view = Judging.run("two-sum", "python", source);
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(view.getString("tests[0].stdout")).contains("ptrace (-1, -1, 1)"); // EPERM, both
    }

    private static List<String> secretInputs() throws IOException {
        try (Stream<Path> files = Files.list(TWO_SUM.resolve("tests/secret"))) {
            // the distinctive ones: a short input like "[1,2]" could also be a sample's
            return files.filter(f -> f.toString().endsWith(".in")).map(SealedJudgeTest::read)
                    .map(String::strip).filter(s -> s.length() >= 24).map(s -> s.substring(0, 24)).toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
