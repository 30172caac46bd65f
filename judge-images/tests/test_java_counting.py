"""The Java counting agent in the Java judge image (java/count): the JDK's classes come instrumented from the image
(precounted.bin, written when it was built) and count exactly what the agent counts when it instruments them itself.

python3 -m unittest judge-images/tests/test_java_counting.py   (needs Docker and the judge images)
"""
import json
import unittest

from sandbox import CANDIDATE, JAVA_IMAGE, JUDGE, Sandbox

# JDK code a solution's count is made of: a HashMap, a sort, a PriorityQueue, boxes, and loops as long as the draws of
# a Random and a SplittableRandom, which seed themselves from the clock
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
        int spins = new Random().nextInt(1000) + new SplittableRandom().nextInt(1000), total = 0;
        for (int i = 0; i < spins; i++) total += i & 1;
        return seen.size() + top.peek() + total + String.valueOf(sorted[0]).length();
    }
}
"""
SPEC = {"mode": "signature", "signature": {"method": "work", "params": [{"name": "nums", "type": "int[]"}],
                                           "returns": "int"}}
SIZES = (1000, 2000, 4000)
JAVA = ["java", "-Xmx256m", "-Xms256m", "-Xss64m", "-XX:+UseSerialGC", "-XX:-UsePerfData"]
AGENT = "/opt/arbiter/java/count.jar"
PRECOUNTED = "/opt/arbiter/java/precounted.bin"


# the same list built, then (COPIES) copied whole 32 times each way the JDK copies object arrays with its intrinsic
# candidates, whose own bodies run uncounted: ArrayList's copy constructor and toArray(T[]), and Arrays.copyOfRange
COPIES = """import java.util.*;

public class Solution {
    public int work(int[] nums) {
        List<Integer> list = new ArrayList<>();
        for (int x : nums) list.add(x);
        int total = list.size();
        if (COPIES) {
            Integer[] boxed = list.toArray(new Integer[0]);
            for (int k = 0; k < 32; k++) {
                total += new ArrayList<>(list).size() + list.toArray(new Integer[0]).length
                        + Arrays.copyOfRange(boxed, 0, boxed.length).length;
            }
        }
        return total;
    }
}
"""


# two equal strings of n characters (COMPARES: then compared 32 times for equality and 32 for order) and a UTF-16 one
# that begins with them (MIXED: compared for order 32 times each way with the first): String.equals and compareTo
# compare their bytes in intrinsics, whose own bodies run uncounted
COMPARES = """import java.util.*;

public class Solution {
    public int work(int[] nums) {
        StringBuilder built = new StringBuilder();
        for (int x : nums) built.append((char) ('a' + x % 26));
        String a = built.toString(), b = built.toString(), wide = built + "\\u0101";
        int total = a.length() + wide.length();
        if (COMPARES) {
            for (int k = 0; k < 32; k++) total += (a.equals(b) ? 1 : 0) + a.compareTo(b);
        }
        if (MIXED) {
            for (int k = 0; k < 32; k++) total += a.compareTo(wide) + wide.compareTo(a);
        }
        return total;
    }
}
"""


# Latin-1 strings compared for order with UTF-16 ones (each has a character past Latin-1), both ways round: the
# answers of String.compareTo
LATIN = ["abc", "abd", "ab", "", "\u00ff", "zz"]
WIDE = ["ab\u0101", "abc\u0101", "a\u0101", "\u0101", "\u00ff\u0101", "\u0100", "abc\u0101x"]


def java_strings(strings):
    """A Java array initializer of these strings, every character escaped."""
    return "{" + ", ".join('"' + "".join(f"\\u{ord(c):04x}" for c in s) + '"' for s in strings) + "}"


MIXED_ORDER = """public class Solution {
    public int work(int[] nums) {
        String[] latin = LATIN, wide = WIDE;
        int total = 0;
        for (int i = 0; i < latin.length; i++) {
            for (int j = 0; j < wide.length; j++) {
                total += (i * 7 + j + 1) * (latin[i].compareTo(wide[j]) - 2 * wide[j].compareTo(latin[i]));
            }
        }
        return total;
    }
}
""".replace("LATIN", java_strings(LATIN)).replace("WIDE", java_strings(WIDE))


def java_compare(a, b):
    """Java's String.compareTo, of strings of characters below U+10000."""
    for x, y in zip(a, b):
        if x != y:
            return ord(x) - ord(y)
    return len(a) - len(b)


# two strings of n characters and a marked end, one Latin-1, one UTF-16 (a last character past Latin-1), searched 16
# times four ways (LATIN, WIDE): String.indexOf and contains search in intrinsics, whose own bodies run uncounted
SEARCHES = """import java.util.*;

public class Solution {
    public int work(int[] nums) {
        StringBuilder built = new StringBuilder();
        for (int x : nums) built.append((char) ('a' + x % 26));
        String latin = built + "#!", wide = built + "#!\\u0101";
        int total = latin.length() + wide.length();
        for (int k = 0; k < 16; k++) {
            if (LATIN) total += latin.indexOf("#!") + latin.indexOf('#') + latin.indexOf('?') + (latin.contains("?!") ? 1 : 0);
            if (WIDE) total += wide.indexOf("#!") + wide.indexOf('#') + wide.indexOf("\\u0101") + (wide.contains("?!") ? 1 : 0);
        }
        return total;
    }
}
"""


def count_solutions(box, sources, sizes, spec=SPEC, make=lambda n: [(i * 7919) % 100003 for i in range(n)], answers=None):
    """The counted work of each source (a Solution of spec) at each size, counted in the image as scores count; an
    input is make(n), one JSON argument. answers, a list: each source's answers are added to it, the first size's from
    its uncounted check, the others' from the counted calls."""
    runner = box.runner()
    try:
        inputs = []
        for k, n in enumerate(sizes):
            runner.put(f"/tmp/{k}.in", json.dumps(make(n)) + "\n", uid=CANDIDATE)
            inputs.append(f"/tmp/{k}.in")
        runner.put("/tmp/spec.json", json.dumps(spec), uid=CANDIDATE)
        out = []
        for i, source in enumerate(sources):
            runner.put(f"/tmp/s{i}/Solution.java", source, uid=CANDIDATE)
            compiled = runner.exec(["java", "-cp", "/opt/arbiter/java/harness.jar", "arbiter.harness.Worker",
                                    "--compile", f"/tmp/s{i}/Solution.java", f"/tmp/c{i}"], cpu=30000)
            assert compiled["exit_code"] == 0, compiled
            report = runner.exec(["/opt/arbiter/interleave", "--sizes", str(len(sizes)), "--count", "1",
                                  "--max-call-ms", "1000", "--uids", str(CANDIDATE), "--"]
                                 + JAVA + [f"-Xbootclasspath/a:{AGENT}", f"-javaagent:{AGENT}={PRECOUNTED}", "-cp",
                                           f"/tmp/c{i}:/opt/arbiter/java/harness.jar", "arbiter.harness.Serve",
                                           "/tmp/spec.json"] + inputs, uid=JUDGE, cpu=60000, wall=120000)
            assert report["status"] == "ok", report
            measured = json.loads(report["stdout"])
            assert measured["programs"][0]["status"] == "ok", measured
            out.append([s["programs"][0]["counts"][0] for s in measured["sizes"]])
            if answers is not None:
                answers.append([json.loads(s["results"][0]) for s in measured["sizes"]])
        return out
    finally:
        runner.close()


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
                    cls.answers = [s["results"][0] for s in measured["sizes"]]
            finally:
                runner.close()

    def test_the_image_has_the_jdks_classes_instrumented_for_its_own_runtime(self):
        self.assertGreater(self.precounted, 1000)

    def test_every_input_counted_comes_with_the_answer_of_its_call(self):
        # the first input's answer is its checked call's, every later one the answer its count came with
        self.assertEqual(len(self.answers), len(SIZES))
        for answer in self.answers:
            self.assertIsInstance(json.loads(answer), int, self.answers)

    def test_precounted_classes_count_exactly_what_the_agent_counts_when_it_instruments_them(self):
        self.assertEqual(self.counts["precounted"], self.counts["instrumented here"])
        for counts in self.counts["precounted"]:
            self.assertTrue(counts and all(c > 1000 for c in counts), self.counts)


class ObjectArrayCopiesTest(unittest.TestCase):

    def test_copies_of_object_arrays_count_the_elements_they_copy(self):
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            without, copying = count_solutions(box, [COPIES.replace("COPIES", "false"), COPIES.replace("COPIES", "true")],
                                               (1000, 8000))
        # the copies' share: 96 copies of n elements; uncounted it would be the same at both sizes
        small, large = copying[0] - without[0], copying[1] - without[1]
        self.assertGreater(small, 96 * 1000 // 8, (without, copying))
        self.assertGreater(large, 5 * small, (without, copying))


class StringComparisonsTest(unittest.TestCase):

    def test_string_equals_and_compare_to_count_the_bytes_they_compare(self):
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            without, comparing, mixed = count_solutions(box, [
                COMPARES.replace("COMPARES", "false").replace("MIXED", "false"),
                COMPARES.replace("COMPARES", "true").replace("MIXED", "false"),
                COMPARES.replace("COMPARES", "false").replace("MIXED", "true")], (1000, 8000))
        # 64 comparisons of n equal bytes, a unit per eight: from 1,000 to 8,000 bytes, 64 * (1000 - 125) more; the
        # bytecodes around them are alike at both sizes (uncounted, the comparisons' share would not grow at all)
        small, large = comparing[0] - without[0], comparing[1] - without[1]
        self.assertGreater(small, 64 * 1000 // 8, (without, comparing))
        self.assertEqual(large - small, 64 * (1000 - 125), (without, comparing))
        # a Latin-1 string against a UTF-16 one: n equal characters, two bytes each, either way round
        small, large = mixed[0] - without[0], mixed[1] - without[1]
        self.assertGreater(small, 64 * 2000 // 8, (without, mixed))
        self.assertEqual(large - small, 64 * 2 * (1000 - 125), (without, mixed))


class MixedComparisonsTest(unittest.TestCase):

    def test_a_latin1_string_compared_with_a_utf16_one_answers_as_the_jdk_does_when_counted(self):
        expected = sum((i * 7 + j + 1) * (java_compare(a, b) - 2 * java_compare(b, a))
                       for i, a in enumerate(LATIN) for j, b in enumerate(WIDE))
        answers = []
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            count_solutions(box, [MIXED_ORDER], (10, 10, 10), answers=answers)
        self.assertEqual(answers, [[expected] * 3], "the checked call (uncounted) and two counted ones")


class StringSearchesTest(unittest.TestCase):

    def test_string_index_of_and_contains_count_the_bytes_they_search(self):
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            without, latin, wide = count_solutions(box, [
                SEARCHES.replace("LATIN", "false").replace("WIDE", "false"),
                SEARCHES.replace("LATIN", "true").replace("WIDE", "false"),
                SEARCHES.replace("LATIN", "false").replace("WIDE", "true")], (1000, 8000))
        # each search reads n characters and a few more, to the end of what it finds or to the end: from 1,000 to
        # 8,000 characters, 7,000 more a search, a unit per eight bytes; a UTF-16 character is two bytes
        for searched, bytes_per_char in ((latin, 1), (wide, 2)):
            small, large = searched[0] - without[0], searched[1] - without[1]
            self.assertGreater(small, 64 * 1000 * bytes_per_char // 8, (without, searched))
            self.assertEqual(large - small, 64 * 875 * bytes_per_char, (without, searched))


# a set of the words: String.hashCode walks each word once and keeps what it found in the string
WORD_SET = """import java.util.*;

public class Solution {
    public int work(String[] words) {
        return new HashSet<>(Arrays.asList(words)).size();
    }
}
"""
WORDS_SPEC = {"mode": "signature", "signature": {"method": "work", "params": [{"name": "words", "type": "String[]"}],
                                                 "returns": "int"}}


class FreshStringsTest(unittest.TestCase):

    def test_each_call_gets_strings_of_its_own_so_no_call_finds_hashes_an_earlier_one_computed(self):
        # the same 2,000 words twice: the first input also had the uncounted check call, which hashed its strings
        with Sandbox(image=JAVA_IMAGE, memory_mb=1024) as box:
            [counts] = count_solutions(box, [WORD_SET], (2000, 2000), spec=WORDS_SPEC,
                                       make=lambda n: [f"word{i % (n // 2):08d}" for i in range(n)])
        self.assertEqual(counts[0], counts[1], counts)


if __name__ == "__main__":
    unittest.main()
