"""Serve mode of the Java judge (java/harness Serve) in the Java judge image: which arguments the calls get.

python3 -m unittest judge-images/tests/test_java_serve.py   (needs Docker and the judge images)
"""
import json
import unittest

from sandbox import CANDIDATE, JAVA_IMAGE, Sandbox

# each call writes down what it was given, then (some of them) changes it
SOLUTIONS = {
    "reversing": """import java.io.*;

public class Solution {
    public int pick(int[] nums) throws IOException {
        try (FileWriter log = new FileWriter("/tmp/log", true)) { log.write(nums[0] + "\\n"); }
        for (int i = 0, j = nums.length - 1; i < j; i++, j--) { int t = nums[i]; nums[i] = nums[j]; nums[j] = t; }
        return 0;
    }
}
""",
    "reading": """import java.io.*;

public class Solution {
    public int pick(int[] nums) throws IOException {
        try (FileWriter log = new FileWriter("/tmp/log", true)) { log.write(System.identityHashCode(nums) + "\\n"); }
        return nums[0];
    }
}
""",
    "relinking": """import java.io.*;

public class Solution {
    public int pick(ListNode head) throws IOException {
        try (FileWriter log = new FileWriter("/tmp/log", true)) { log.write(head.val + "\\n"); }
        ListNode reversed = null;
        while (head != null) { ListNode next = head.next; head.next = reversed; reversed = head; head = next; }
        return 0;
    }
}
""",
    # hashes its words, and writes down which first word it was given (keeping every one, so no identity is reused)
    "hashing": """import java.io.*;
import java.util.*;

public class Solution {
    private static final List<String> KEPT = new ArrayList<>();

    public int pick(String[] words) throws IOException {
        KEPT.add(words[0]);
        try (FileWriter log = new FileWriter("/tmp/log", true)) { log.write(System.identityHashCode(words[0]) + "\\n"); }
        return new HashSet<>(Arrays.asList(words)).size();
    }
}
""",
    # a design whose operations each take a word: writes down the first word each new instance is given
    "design-hashing": """import java.io.*;
import java.util.*;

class Words {
    private static final List<String> KEPT = new ArrayList<>();
    private final Set<String> words = new HashSet<>();

    public int add(String word) throws IOException {
        if (words.isEmpty()) {
            KEPT.add(word);
            try (FileWriter log = new FileWriter("/tmp/log", true)) { log.write(System.identityHashCode(word) + "\\n"); }
        }
        words.add(word);
        return words.size();
    }
}
""",
    # draws from every unseeded generator: a field's, a local, a static field's, the thread's, Math's, a SplittableRandom's,
    # a static field's SplittableRandom, a static field's SecureRandom, a new one's, a random UUID's and shuffle's
    "randomised": """import java.io.*;
import java.security.SecureRandom;
import java.util.*;
import java.util.concurrent.ThreadLocalRandom;

public class Solution {
    private static final Random KEPT = new Random();
    private static final SplittableRandom KEPT_SPLITTABLE = new SplittableRandom();
    private static final SecureRandom KEPT_SECURE = new SecureRandom();
    private final Random field = new Random();

    public int pick(int[] nums) throws IOException {
        List<Integer> shuffled = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8));
        Collections.shuffle(shuffled);
        String draws = field.nextInt(1000) + "," + new Random().nextInt(1000) + "," + KEPT.nextInt(1000) + ","
                + ThreadLocalRandom.current().nextInt(1000) + "," + (int) (Math.random() * 1000) + ","
                + new SplittableRandom().nextInt(1000) + "," + KEPT_SPLITTABLE.nextInt(1000) + "," + KEPT_SECURE.nextInt(1000)
                + "," + new SecureRandom().nextInt(1000) + "," + UUID.randomUUID() + "," + shuffled;
        try (FileWriter log = new FileWriter("/tmp/log", true)) { log.write(draws.replace(" ", "") + "\\n"); }
        return 0;
    }
}
""",
}
TYPES = {"reversing": "int[]", "reading": "int[]", "relinking": "ListNode", "hashing": "String[]", "randomised": "int[]"}
INPUTS = {"hashing": [f"word{i}" for i in range(1000)]}
SPECS = {"design-hashing": {"mode": "design", "design": {"class": "Words", "constructor": {"params": []}, "methods": [
    {"name": "add", "params": [{"name": "word", "type": "String"}], "returns": "int"}]}}}
# design inputs: the operations' names, then their arguments, 1,000 words added
LINES = {"design-hashing": json.dumps(["Words"] + ["add"] * 1000) + "\n"
                           + json.dumps([[]] + [[f"word{i}"] for i in range(1000)]) + "\n"}

# drives Serve as interleave does (commands on fd 3, answers on fd 4): a check, a memory call, two batches of three
DRIVE = """set -e
cd /tmp/$1 && rm -f /tmp/log c a && mkfifo c a
java -cp classes:/opt/arbiter/java/harness.jar arbiter.harness.Serve spec.json 0.in 3<c 4>a 2>err &
exec 5>c 6<a
read -r line <&6; [ "$line" = ready ] || { cat err; exit 1; }
for command in "check 0" "mem 0" "prep 0 3" go "prep 0 3" go quit; do
  echo "$command" >&5
  [ "$command" = quit ] || read -r line <&6
done
wait
cat /tmp/log
"""

# as a timed JVM runs Serve (dev.arbiter.lang.JavaToolchain): with the counting agent's seeds mode; $2 and on: the batch
# sizes (and seeds: "3 7"), each prepared and timed after a check
SEEDED = """set -e
name=$1; shift
cd /tmp/$name && rm -f /tmp/log c a && mkfifo c a
java -Xbootclasspath/a:/opt/arbiter/java/count.jar -javaagent:/opt/arbiter/java/count.jar=seeds:/opt/arbiter/java/preseeded.bin \\
  -cp classes:/opt/arbiter/java/harness.jar arbiter.harness.Serve spec.json 0.in 3<c 4>a 2>err &
exec 5>c 6<a
read -r line <&6; [ "$line" = ready ] || { cat err; exit 1; }
echo "check 0" >&5; read -r line <&6
for size in "$@"; do
  echo "prep 0 $size" >&5; read -r line <&6
  echo go >&5; read -r line <&6; [ "$line" = done ] || { echo "$line"; exit 1; }
done
echo quit >&5
wait
tail -n +2 /tmp/log
"""

# how many calls one batch of 5,000 asked for gets: the "ok K" answer
PREPARE = """set -e
cd /tmp/$1 && rm -f c a && mkfifo c a
java -cp classes:/opt/arbiter/java/harness.jar arbiter.harness.Serve spec.json 0.in 3<c 4>a 2>err &
exec 5>c 6<a
read -r line <&6; [ "$line" = ready ] || { cat err; exit 1; }
echo "check 0" >&5; read -r line <&6
echo "prep 0 5000" >&5; read -r line <&6; echo "$line"
echo quit >&5
wait
"""


class JavaServeTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.seen = {}
        cls.prepared = {}
        cls.draws = {}
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            runner = box.runner()
            try:
                runner.put("/tmp/drive.sh", DRIVE, uid=CANDIDATE)
                runner.put("/tmp/prepare.sh", PREPARE, uid=CANDIDATE)
                runner.put("/tmp/seeded.sh", SEEDED, uid=CANDIDATE)
                for name, source in SOLUTIONS.items():
                    spec = SPECS[name] if name in SPECS else {"mode": "signature", "signature": {
                        "method": "pick", "params": [{"name": "xs", "type": TYPES[name]}], "returns": "int"}}
                    runner.put(f"/tmp/{name}/Solution.java", source, uid=CANDIDATE)
                    runner.put(f"/tmp/{name}/spec.json", json.dumps(spec), uid=CANDIDATE)
                    lines = LINES.get(name) or json.dumps(INPUTS.get(name, list(range(1, 1001)))) + "\n"
                    runner.put(f"/tmp/{name}/0.in", lines, uid=CANDIDATE)
                    compiled = runner.exec(["java", "-cp", "/opt/arbiter/java/harness.jar", "arbiter.harness.Worker",
                                            "--compile", f"/tmp/{name}/Solution.java", f"/tmp/{name}/classes"], cpu=30000)
                    assert compiled["exit_code"] == 0, compiled
                    report = runner.exec(["bash", "/tmp/drive.sh", name], cpu=30000, wall=60000)
                    assert report["exit_code"] == 0, report
                    cls.seen[name] = report["stdout"].split()
                    report = runner.exec(["bash", "/tmp/prepare.sh", name], cpu=30000, wall=60000)
                    assert report["exit_code"] == 0, report
                    cls.prepared[name] = report["stdout"].strip()
                for batches in ((3, 3), (1,) * 6, (3, 3), ("3 7", "1 7"), ("2 7",)):
                    report = runner.exec(["bash", "/tmp/seeded.sh", "randomised", *map(str, batches)], cpu=30000, wall=60000)
                    assert report["exit_code"] == 0, report
                    cls.draws.setdefault(batches, []).append(report["stdout"].split())
            finally:
                runner.close()

    def test_a_call_that_changes_its_array_gets_a_fresh_one_every_time(self):
        self.assertEqual(self.seen["reversing"], ["1"] * 8, "the checked, the memory and each timed call start from the input")

    def test_a_call_that_relinks_its_list_gets_a_fresh_one_every_time(self):
        self.assertEqual(self.seen["relinking"], ["1"] * 8)

    def test_a_call_that_leaves_its_array_alone_shares_the_checked_calls_with_the_timed_calls(self):
        checked, memory, *timed = self.seen["reading"]
        self.assertEqual(len(timed), 6)
        self.assertEqual(set(timed), {checked}, "no copy of the input is converted after the checked call")

    def test_strings_are_never_shared_as_a_call_keeps_their_hashes(self):
        self.assertEqual(len(self.seen["hashing"]), 8)
        self.assertEqual(len(set(self.seen["hashing"])), 8, "every call gets strings of its own: none with a hash in it")
        # 1,000 strings a copy: 1,048 copies hold 2^20 strings, about 48 MB of heap; the input text's budget alone
        # (64 MB of text, where a String takes six times its text) let all 5,000 asked for be made, about 240 MB
        self.assertEqual(self.prepared["hashing"], "ok 1048", "fresh strings stop at a million per batch")

    def test_a_design_whose_operations_take_strings_gets_strings_of_its_own_in_every_call(self):
        self.assertEqual(len(self.seen["design-hashing"]), 8)
        self.assertEqual(len(set(self.seen["design-hashing"])), 8)
        self.assertEqual(self.prepared["design-hashing"], "ok 1048", "1,000 words a copy")

    def test_fresh_lists_stop_at_a_million_nodes_per_batch(self):
        # 1,000 nodes a copy: 1,048 copies hold 2^20 nodes. Two million of them took 150 ms to build and collect
        # beside 20 ms of calls, and the calls' times scattered (docs/PERFORMANCE.md)
        self.assertEqual(self.prepared["relinking"], "ok 1048")

    def test_fresh_arrays_and_shared_arguments_fill_the_batch(self):
        self.assertEqual(self.prepared["reversing"], "ok 5000", "one array a copy: under the input-text budget")
        self.assertEqual(self.prepared["reading"], "ok 5000")

    def test_a_randomised_solution_makes_the_same_draws_in_every_run_of_its_timed_calls(self):
        first, again = self.draws[(3, 3)]
        self.assertEqual(len(first), 6)
        self.assertEqual(first, again, "a rescoring times the same work")
        for generator in range(11):
            self.assertGreater(len({calls.split(",")[generator] for calls in first[:3]}), 1,
                               f"generator {generator}: calls within a batch still draw differently: {first}")

    def test_the_nth_timed_call_of_an_input_makes_the_same_draws_whatever_the_batches(self):
        self.assertEqual(self.draws[(1,) * 6][0], self.draws[(3, 3)][0], "a call draws alike timed alone and in a batch")

    def test_a_batch_given_a_seed_seeds_every_call_with_it(self):
        # interleave's measured rounds: "prep i k r", every call of round r seeded r, whatever the batch size
        [rounds], [again] = self.draws[("3 7", "1 7")], self.draws[("2 7",)]
        self.assertEqual(len(rounds), 4)
        self.assertEqual(set(rounds + again), {again[0]}, "one seed, the same draws, in every run")
        self.assertNotIn(again[0], self.draws[(3, 3)][0])


if __name__ == "__main__":
    unittest.main()
