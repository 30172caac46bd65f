"""The Java counting agent in the Java judge image (java/count): the JDK's classes come instrumented from the image
(precounted.bin, written when it was built) and count exactly what the agent counts when it instruments them itself.

python3 -m unittest judge-images/tests/test_java_counting.py   (needs Docker and the judge images)
"""
import json
import unittest

from sandbox import CANDIDATE, JAVA_IMAGE, JUDGE, Sandbox

# JDK code a solution's count is made of: a HashMap, a sort, a PriorityQueue, boxes, a seeded-from-the-clock Random
SOLUTION = """import java.util.*;

public class Solution {
    public int work(int[] nums) {
        Map<Integer, Integer> seen = new HashMap<>();
        for (int x : nums) seen.merge(x % 1000, 1, Integer::sum);
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        PriorityQueue<Integer> top = new PriorityQueue<>();
        for (int x : sorted) {
            top.add(x);
            if (top.size() > 10) top.poll();
        }
        return seen.size() + top.peek() + new Random().nextInt(7) + String.valueOf(sorted[0]).length();
    }
}
"""
SPEC = {"mode": "signature", "signature": {"method": "work", "params": [{"name": "nums", "type": "int[]"}],
                                           "returns": "int"}}
SIZES = (1000, 2000, 4000)
JAVA = ["java", "-Xmx256m", "-Xms256m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData"]
AGENT = "/opt/arbiter/java/count.jar"
PRECOUNTED = "/opt/arbiter/java/precounted.bin"


class JavaCountingTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            runner = box.runner()
            try:
                runner.put("/tmp/Solution.java", SOLUTION, uid=CANDIDATE)
                runner.put("/tmp/spec.json", json.dumps(SPEC), uid=CANDIDATE)
                inputs = []
                for n in SIZES:
                    runner.put(f"/tmp/{n}.in", json.dumps([(i * 7919) % 100003 for i in range(n)]) + "\n", uid=CANDIDATE)
                    inputs.append(f"/tmp/{n}.in")
                compiled = runner.exec(["java", "-cp", "/opt/arbiter/java/harness.jar", "arbiter.harness.Worker",
                                        "--compile", "/tmp/Solution.java", "/tmp/classes"], cpu=30000)
                assert compiled["exit_code"] == 0, compiled
                checked = runner.exec(["java", "-cp", AGENT, "arbiter.count.Precounted", "--check", PRECOUNTED], cpu=10000)
                cls.precounted = int(checked["stdout"].strip() or 0)
                cls.counts = {}
                for name, agent in (("precounted", f"-javaagent:{AGENT}={PRECOUNTED}"), ("instrumented here", f"-javaagent:{AGENT}")):
                    report = runner.exec(["/opt/arbiter/interleave", "--sizes", str(len(SIZES)), "--count", "3",
                                          "--max-call-ms", "1000", "--uids", str(CANDIDATE), "--"]
                                         + JAVA + [f"-Xbootclasspath/a:{AGENT}", agent, "-cp",
                                                   "/tmp/classes:/opt/arbiter/java/harness.jar", "arbiter.harness.Serve",
                                                   "/tmp/spec.json"] + inputs, uid=JUDGE, cpu=60000, wall=120000)
                    assert report["status"] == "ok", report
                    measured = json.loads(report["stdout"])
                    assert measured["programs"][0]["status"] == "ok", measured
                    cls.counts[name] = [s["programs"][0]["counts"] for s in measured["sizes"]]
            finally:
                runner.close()

    def test_the_image_has_the_jdks_classes_instrumented_for_its_own_runtime(self):
        self.assertGreater(self.precounted, 1000)

    def test_precounted_classes_count_exactly_what_the_agent_counts_when_it_instruments_them(self):
        self.assertEqual(self.counts["precounted"], self.counts["instrumented here"])
        for counts in self.counts["precounted"]:
            self.assertTrue(counts and all(c > 1000 for c in counts), self.counts)


if __name__ == "__main__":
    unittest.main()
