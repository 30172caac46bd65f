package dev.arbiter.judge;

import dev.arbiter.support.Judging;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Verdicts and what candidates are shown, through the real API, queue and sandbox. */
@QuarkusTest
class JudgeVerdictTest {

    @Test
    void leetCodeStyleJavaWithoutImportsIsAccepted() {
        JsonPath view = Judging.judge("two-sum", "java", dev.arbiter.support.Solutions.TWO_SUM_JAVA);
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(view.getInt("testsPassed")).isEqualTo(view.getInt("testsTotal")).isGreaterThanOrEqualTo(11);
        // one worker JVM runs every test: a small test takes well under a millisecond, the largest more
        assertThat(view.getList("tests.cpuMs", Integer.class)).allSatisfy(ms -> assertThat(ms).isNotNegative())
                .anySatisfy(ms -> assertThat(ms).isPositive());
        assertThat(view.getList("tests.memoryKb", Integer.class)).allSatisfy(kb -> assertThat(kb).isPositive());
    }

    @Test
    void secretTestsNeverRevealTheirData() {
        JsonPath view = Judging.judge("two-sum", "python", HostileCodeTest.PY_OK);
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        for (int i = 0; i < view.getList("tests").size(); i++) {
            if (!view.getBoolean("tests[" + i + "].sample")) {
                assertThat(view.getString("tests[" + i + "].input")).isNull();
                assertThat(view.getString("tests[" + i + "].expected")).isNull();
                assertThat(view.getString("tests[" + i + "].actual")).isNull();
                assertThat(view.getString("tests[" + i + "].stdout")).isNull();
            }
        }
    }

    @Test
    void wrongAnswerOnASampleShowsExpectedAndActual() {
        JsonPath view = Judging.run("two-sum", "python", HostileCodeTest.py("print('debug line')\nreturn [5, 5]"));
        assertThat(view.getString("verdict")).isEqualTo("WRONG_ANSWER");
        assertThat(view.getString("tests[0].actual")).isEqualTo("[5,5]");
        assertThat(view.getString("tests[0].expected")).isNotBlank();
        assertThat(view.getString("tests[0].input")).isNotBlank();
        assertThat(view.getString("tests[0].stdout")).contains("debug line");
    }

    @Test
    void compilationErrorsPointAtTheCandidatesOwnLines() {
        JsonPath java = Judging.run("two-sum", "java", "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return nums\n    }\n}\n");
        assertThat(java.getString("verdict")).isEqualTo("COMPILATION_ERROR");
        assertThat(java.getString("message")).contains("Solution.java:3").doesNotContain("/work/");

        JsonPath python = Judging.run("two-sum", "python", "class Solution:\n    def twoSum(self, nums, target):\n        return [0,\n\n");
        assertThat(python.getString("verdict")).isEqualTo("COMPILATION_ERROR");
        assertThat(python.getString("message")).contains("solution.py");
    }

    @Test
    void runtimeErrorsNameTheExceptionAndTheCandidatesLine() {
        JsonPath java = Judging.run("two-sum", "java", "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        int[] a = new int[1];\n        return new int[]{a[5], 0};\n    }\n}\n");
        assertThat(java.getString("verdict")).isEqualTo("RUNTIME_ERROR");
        assertThat(java.getString("message")).contains("ArrayIndexOutOfBoundsException").contains("Solution.java:4");

        JsonPath python = Judging.run("two-sum", "python", "class Solution:\n    def twoSum(self, nums, target):\n        x = {}\n        return x['missing']\n");
        assertThat(python.getString("verdict")).isEqualTo("RUNTIME_ERROR");
        assertThat(python.getString("message")).contains("KeyError").contains("line 4");
    }

    @Test
    void customInputIsAnsweredByTheReferenceSolution() {
        String id = Judging.submit("two-sum", "python", HostileCodeTest.PY_OK, "run", "[3,3]\n6\n");
        JsonPath view = Judging.awaitDone(id, Duration.ofMinutes(2));
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
        assertThat(view.getString("tests[0].name")).isEqualTo("custom");
        assertThat(view.getString("tests[0].expected")).isEqualTo("[0,1]");
        assertThat(view.getString("tests[0].actual")).isEqualTo("[0,1]");
    }

    @Test
    void designProblemsAreDrivenByTheirOperationList() {
        JsonPath view = Judging.run("lru-cache", "python", """
                class LRUCache:
                    def __init__(self, capacity: int):
                        self.cap = capacity
                        self.d = OrderedDict()
                    def get(self, key: int) -> int:
                        if key not in self.d:
                            return -1
                        self.d.move_to_end(key)
                        return self.d[key]
                    def put(self, key: int, value: int) -> None:
                        self.d[key] = value
                        self.d.move_to_end(key)
                        if len(self.d) > self.cap:
                            self.d.popitem(last=False)
                """);
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
    }

    @Test
    void stdioProblemsCompareTokens() {
        JsonPath view = Judging.run("range-sum-queries", "python", """
                import sys
                data = sys.stdin.buffer.read().split()
                n, q = int(data[0]), int(data[1])
                prefix = [0]
                for v in data[2:2 + n]:
                    prefix.append(prefix[-1] + int(v))
                out = []
                for i in range(q):
                    l, r = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
                    out.append(str(prefix[r] - prefix[l - 1]))
                print('\\n'.join(out) + '   ')
                """);
        assertThat(view.getString("verdict")).isEqualTo("ACCEPTED");
    }

    @Test
    void customCheckersAcceptAnyValidAnswerAndExplainRejections() {
        JsonPath valid = Judging.run("course-schedule-ii", "python", """
                class Solution:
                    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
                        return [0, 2, 1, 3] if numCourses == 4 else []
                """);
        assertThat(valid.getString("verdict")).isEqualTo("ACCEPTED");

        JsonPath invalid = Judging.run("course-schedule-ii", "java", """
                class Solution {
                    public int[] findOrder(int numCourses, int[][] prerequisites) {
                        return numCourses == 4 ? new int[]{3, 2, 1, 0} : new int[0];
                    }
                }
                """);
        assertThat(invalid.getString("verdict")).isEqualTo("WRONG_ANSWER");
        assertThat(invalid.getString("tests[0].message")).contains("before its prerequisite");
    }

    @Test
    void numpyAndSortedContainersAreThereAsOnLeetCode() {
        JsonPath view = Judging.judge("two-sum", "python", """
                import numpy as np
                from sortedcontainers import SortedList
                class Solution:
                    def twoSum(self, nums: List[int], target: int) -> List[int]:
                        order = np.argsort(np.array(nums), kind="stable")
                        seen = SortedList()
                        i, j = 0, len(nums) - 1
                        while i < j:
                            s = nums[order[i]] + nums[order[j]]
                            if s == target:
                                seen.update([int(order[i]), int(order[j])])
                                return list(seen)
                            if s < target:
                                i += 1
                            else:
                                j -= 1
                """);
        assertThat(view.getString("verdict")).as(view.getString("message")).isEqualTo("ACCEPTED");
    }
}
