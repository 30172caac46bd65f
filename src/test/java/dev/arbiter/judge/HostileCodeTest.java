package dev.arbiter.judge;

import dev.arbiter.support.Judging;
import dev.arbiter.support.Solutions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile programs against the real sandbox. Each must end in a verdict (never ACCEPTED, never a stuck or crashed
 * worker), and afterwards an honest solution must still be judged ACCEPTED.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCodeTest {

    static final String PY_OK = Solutions.TWO_SUM_PYTHON;


    static String py(String body) {
        return "import os, sys, socket, time, threading, ctypes\n"
                + "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n"
                + body.indent(8)
                + "        return next([i, j] for i in range(len(nums)) for j in range(i + 1, len(nums)) if nums[i] + nums[j] == target)\n";
    }

    /** The hostile body runs in its own void method, so endless loops do not make the return unreachable. */
    static String java(String body) {
        return "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        hostile();\n"
                + "        for (int i = 0; i < nums.length; i++)\n"
                + "            for (int j = i + 1; j < nums.length; j++)\n"
                + "                if (nums[i] + nums[j] == target) return new int[]{i, j};\n"
                + "        return null;\n    }\n\n    void hostile() {\n" + body.indent(8) + "    }\n}\n";
    }

    private static String verdictOf(String language, String source) {
        JsonPath view = Judging.run("two-sum", language, source);
        return view.getString("verdict");
    }

    /** A submit stops at its first failing test: one test spent at a limit instead of every sample. */
    private static String submitVerdictOf(String language, String source) {
        return Judging.judge("two-sum", language, source).getString("verdict");
    }

    private static JsonPath viewOf(String language, String source) {
        return Judging.run("two-sum", language, source);
    }

    @Test
    void infiniteLoopIsTimeLimitExceeded() {
        assertThat(submitVerdictOf("python", py("while True: pass"))).isEqualTo("TIME_LIMIT_EXCEEDED");
        assertThat(submitVerdictOf("java", java("while (true) { }"))).isEqualTo("TIME_LIMIT_EXCEEDED");
    }

    @Test
    void sleepingForeverHitsTheWallClockLimit() {
        JsonPath view = Judging.judge("two-sum", "python", py("time.sleep(3600)"));
        assertThat(view.getString("verdict")).isEqualTo("TIME_LIMIT_EXCEEDED");
        assertThat(view.getString("message")).contains("wall-clock");
    }

    @Test
    void memoryBombIsMemoryLimitExceeded() {
        assertThat(verdictOf("python", py("x = []\nwhile True: x.append(bytearray(10**7))")))
                .isEqualTo("MEMORY_LIMIT_EXCEEDED");
        assertThat(verdictOf("java", java("List<long[]> x = new ArrayList<>();\nwhile (true) x.add(new long[10_000_000]);")))
                .isEqualTo("MEMORY_LIMIT_EXCEEDED");
    }

    @Test
    void forkBombIsContainedByThePidsLimit() {
        assertThat(submitVerdictOf("python", py("while True:\n    try: os.fork()\n    except OSError: pass")))
                .isIn("TIME_LIMIT_EXCEEDED", "RUNTIME_ERROR", "MEMORY_LIMIT_EXCEEDED");
        assertThat(submitVerdictOf("java", java("while (true) { try { new ProcessBuilder(\"sleep\", \"100\").start(); } catch (Exception e) { } }")))
                .isIn("TIME_LIMIT_EXCEEDED", "RUNTIME_ERROR", "MEMORY_LIMIT_EXCEEDED");
    }

    @Test
    void threadFloodIsARuntimeErrorAboutThreads() {
        JsonPath flood = viewOf("java", java("""
                for (int i = 0; i < 10_000; i++) {
                    Thread t = new Thread(() -> { try { Thread.sleep(100_000); } catch (InterruptedException e) { } });
                    t.start();
                }"""));
        assertThat(flood.getString("verdict")).isEqualTo("RUNTIME_ERROR");
        assertThat(flood.getString("message")).contains("too many threads");
        assertThat(verdictOf("python", py("for _ in range(10000):\n    threading.Thread(target=time.sleep, args=(100,)).start()")))
                .isIn("RUNTIME_ERROR", "MEMORY_LIMIT_EXCEEDED", "TIME_LIMIT_EXCEEDED");
    }

    @Test
    void networkIsUnreachable() {
        JsonPath view = viewOf("python", py("socket.create_connection(('1.1.1.1', 80), timeout=2)"));
        assertThat(view.getString("verdict")).isEqualTo("RUNTIME_ERROR");
        assertThat(view.getString("message")).containsAnyOf("unreachable", "Network", "Errno");
        assertThat(verdictOf("java", java("try { new java.net.Socket(\"1.1.1.1\", 80); } catch (java.io.IOException e) { throw new RuntimeException(e); }")))
                .isEqualTo("RUNTIME_ERROR");
    }

    @Test
    void cannotWriteOutsideTheWorkDirectoryOrReadHostSecrets() {
        assertThat(verdictOf("python", py("open('/etc/arbiter-was-here', 'w').write('x')"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("python", py("open('/usr/bin/python3', 'ab').write(b'x')"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("python", py("open('/etc/shadow').read()"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("python", py("open('/var/run/docker.sock').read()"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("java", java("try { java.nio.file.Files.writeString(java.nio.file.Path.of(\"/opt/x\"), \"x\"); } catch (java.io.IOException e) { throw new RuntimeException(e); }")))
                .isEqualTo("RUNTIME_ERROR");
    }

    @Test
    void seesNoOtherSubmissionsOrTestAnswers() {
        // the work directory holds only this submission's own files: no .ans files, no other candidates' code
        JsonPath view = viewOf("python", py("""
                found = []
                for root, dirs, files in os.walk('/'):
                    if root.startswith('/proc') or root.startswith('/sys'):
                        continue
                    found += [f for f in files if f.endswith('.ans') or f in ('Solution.java',)]
                print('FOUND', found)"""));
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(view.getString("tests[0].stdout")).contains("FOUND []");
    }

    @Test
    void hugeOutputIsOutputLimitExceeded() {
        assertThat(verdictOf("python", py("while True: sys.stdout.write('x' * 65536)"))).isEqualTo("OUTPUT_LIMIT_EXCEEDED");
        assertThat(verdictOf("python", py("while True: sys.stderr.write('x' * 65536)"))).isEqualTo("OUTPUT_LIMIT_EXCEEDED");
        assertThat(verdictOf("java", java("while (true) System.out.print(\"x\".repeat(65536));"))).isEqualTo("OUTPUT_LIMIT_EXCEEDED");
    }

    @Test
    void killingTheParentProcessesIsARuntimeError() {
        assertThat(verdictOf("python", py("os.kill(os.getppid(), 9)"))).isIn("RUNTIME_ERROR");
        assertThat(verdictOf("python", py("os.kill(-1, 9)"))).isIn("RUNTIME_ERROR");
    }

    @Test
    void fakeHarnessOutputIsNotBelieved() {
        String fake = "print('{\"status\":\"ok\",\"exit_code\":0,\"signal\":null,\"cpu_ms\":1,\"wall_ms\":1,\"memory_kb\":1,"
                + "\"stdout_bytes\":0,\"stderr_bytes\":0,\"result_bytes\":5}[9,9]')\nreturn [5, 5]";
        assertThat(verdictOf("python", py(fake))).isEqualTo("WRONG_ANSWER");
    }

    @Test
    void nulBytesInTheOutputAreShownNotAnInternalError() {
        JsonPath view = viewOf("python", py("print('a\\0b')\nsys.stderr.write('c\\0d')"));
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(view.getString("tests[0].stdout")).isEqualTo("a\u2400b\n");
    }

    @Test
    void javaExitAndHaltAreNotAResult() {
        assertThat(verdictOf("java", java("System.exit(0);"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("java", java("Runtime.getRuntime().halt(0);"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("java", java("System.exit(42);"))).isEqualTo("RUNTIME_ERROR");
    }

    @Test
    void javaReflectionIntoTheHarnessGainsNothing() {
        String source = java("""
                try {
                    Class<?> main = Class.forName("arbiter.harness.Main");
                    for (var f : main.getDeclaredFields()) {
                        f.setAccessible(true);
                        if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) System.out.println(f.getName() + "=" + f.get(null));
                    }
                    var unsafe = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
                    unsafe.setAccessible(true);
                } catch (Exception e) { System.out.println(e); }
                if (true) throw new IllegalStateException("still only my own answer");""");
        assertThat(verdictOf("java", source)).isEqualTo("RUNTIME_ERROR");
    }

    @Test
    void pythonOsAndCtypesTricksEndInAVerdict() {
        assertThat(verdictOf("python", py("ctypes.string_at(0)"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("python", py("os.setuid(0)"))).isEqualTo("RUNTIME_ERROR");
        assertThat(verdictOf("python", py("os.system('kill -9 -1')\nreturn [9, 9]"))).isIn("RUNTIME_ERROR", "WRONG_ANSWER");
        assertThat(verdictOf("python", py("os.execv('/bin/true', ['true'])"))).isEqualTo("RUNTIME_ERROR");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void theJudgeIsStillHealthyAfterwards() {
        assertThat(Judging.judge("two-sum", "python", PY_OK).getString("verdict")).isEqualTo("ACCEPTED");
    }
}
