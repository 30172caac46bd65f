"""Unit tests of the signature and design harnesses (Python and Java), one process per test as harness.py and
arbiter.harness.Main run standalone: conversions of every type, design problems, exit codes, error messages and line
numbers, deep and runaway recursion, the memory limit. No Docker: python3 (3.11), a JDK 17 and the sources here.

    python3 -m unittest judge-images/tests/test_harness.py [-k NAME]
"""
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness_cases as cases  # noqa: E402

IMAGES = os.path.dirname(HERE)
PY_HARNESS = os.path.join(IMAGES, "python", "harness.py")
# the seed catalog's lowest time limits (Java 1500 ms, Python 4000 ms): a runaway recursion must end well inside them
RECURSION_CPU_SECONDS = {"java": 2, "python": 4}


class Build:
    """The harness jar and the test solutions, compiled once for the whole module."""
    tmp = None

    @classmethod
    def get(cls):
        if cls.tmp is None:
            cls.tmp = tempfile.mkdtemp(prefix="arbiter-harness-test-")
            classes = os.path.join(cls.tmp, "harness-classes")
            sources = [os.path.join(r, f) for r, _, fs in os.walk(os.path.join(IMAGES, "java", "harness")) for f in fs
                       if f.endswith(".java")]
            # the harness calls the counting agent's Seeds and, as in the image, does not hold it
            subprocess.run(["javac", "-nowarn", "-d", classes, "-sourcepath", os.path.join(IMAGES, "java", "count", "src"),
                            "-implicit:none"] + sources, check=True)
            subprocess.run(["jar", "cf", os.path.join(cls.tmp, "harness.jar"), "-C", classes, "."], check=True)
            os.makedirs(os.path.join(cls.tmp, "py"))
            with open(os.path.join(cls.tmp, "py", "solution.py"), "w") as f:
                f.write(cases.PY_SRC)
            java_src = os.path.join(cls.tmp, "java", "src", "Solution.java")
            os.makedirs(os.path.dirname(java_src))
            with open(java_src, "w") as f:
                f.write(cases.IMPORTS + cases.JAVA_SRC)  # line 1, no newline: line numbers stay exact
            r = subprocess.run(["javac", "-J-Xmx256m", "-encoding", "UTF-8", "-nowarn", "-d",
                                os.path.join(cls.tmp, "java", "classes"), "-cp", cls.jar(), java_src],
                               capture_output=True, text=True)
            if r.returncode != 0:
                raise AssertionError("javac failed:\n" + r.stderr)
        return cls.tmp

    @classmethod
    def jar(cls):
        return os.path.join(cls.tmp, "harness.jar")


def run_harness(lang, spec, stdin, env=None, source=None, cpu_seconds=None):
    """Runs one test as the standalone harness does: (exit code, stdout, stderr, result on fd 3)."""
    tmp = Build.get()
    fd, spec_path = tempfile.mkstemp(dir=tmp, suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(spec, f)
    if lang == "python":
        command = ["python3", PY_HARNESS, spec_path, source or os.path.join(tmp, "py", "solution.py")]
    else:
        command = ["java", "-Xmx128m", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                   "-cp", os.path.join(tmp, "java", "classes") + ":" + Build.jar(), "arbiter.harness.Main", spec_path]
    def limits():
        if cpu_seconds:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))

    return with_result_channel(command, stdin, limits, env)


def with_result_channel(command, stdin, preexec=None, env=None):
    """Runs the command with a pipe as its fd 3 (the result channel): (exit code, stdout, stderr, result)."""
    read, write = os.pipe()
    proc = subprocess.Popen(["sh", "-c", f'exec "$@" 3>&{write}', "sh"] + command, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, pass_fds=(write,), preexec_fn=preexec,
                            env=dict(os.environ, **(env or {})))
    os.close(write)
    chunks = []
    def drain():
        with os.fdopen(read, "rb") as r:
            chunks.append(r.read())

    reader = threading.Thread(target=drain)
    reader.start()  # a large result fills the pipe: read it while the program runs
    out, err = proc.communicate(stdin.encode())
    reader.join()
    return proc.returncode, out.decode(), err.decode(), chunks[0].decode()


def floats_equal(a, b):
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(floats_equal(x, y) for x, y in zip(a, b))
    return a == b


class HarnessCases(unittest.TestCase):
    """One test per case of harness_cases.CASES and language, named after the case."""

    def check(self, name, spec, stdin, expect, lang):
        code, out, err, result = run_harness(lang, spec, stdin)
        detail = f"\nstdout {out[:300]!r}\nstderr {err[:1500]}"
        self.assertEqual(code, expect.get("exit", 0), "exit code" + detail)
        if "result" in expect:
            try:
                got = json.loads(result)
            except ValueError:
                got = f"<not JSON: {result!r}>"
            if not (got == expect["result"] and (json.dumps(got) == json.dumps(expect["result"])
                                                 or floats_equal(got, expect["result"]))):
                self.fail(f"result {result!r}, want {json.dumps(expect['result'])}" + detail)
            self.assertEqual(result, result.strip(), "compact JSON")
            self.assertNotIn(", ", result, "compact JSON")
        else:
            self.assertEqual(result, "", "no result expected" + detail)
        wanted = expect.get("stderr", [])
        if isinstance(wanted, dict):
            wanted = wanted[lang]
        for s in wanted:
            self.assertIn(s, err, "stderr" + detail)
        for s in expect.get("stderr_not", []):
            self.assertNotIn(s, err, "stderr" + detail)
        if "stdout" in expect:
            self.assertEqual(out, expect["stdout"])


def _slug(name):
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


for _index, (_name, _spec, _stdin, _expect) in enumerate(cases.CASES):
    for _lang in ("python", "java"):
        if _expect.get("lang", _lang) != _lang:
            continue

        def _test(self, n=_name, s=_spec, i=_stdin, e=_expect, lang=_lang):
            self.check(n, s, i, e, lang)

        _test.__doc__ = f"[{_lang}] {_name}"
        setattr(HarnessCases, f"test_{_lang}_{_index:03d}_{_slug(_name)}", _test)


class Recursion(unittest.TestCase):
    """Deep recursion a real solution needs works; a runaway one ends as a recursion error well inside the limit."""

    LIST_SPEC = cases.sig("reverseList", ["ListNode"], "ListNode")
    TREE_SPEC = cases.sig("maxDepth", ["TreeNode"], "int")
    PY = ("class Solution:\n"
          "    def reverseList(self, head):\n"
          "        if head is None or head.next is None:\n"
          "            return head\n"
          "        rest = self.reverseList(head.next)\n"
          "        head.next.next = head\n"
          "        head.next = None\n"
          "        return rest\n"
          "    def maxDepth(self, root):\n"
          "        return 0 if root is None else 1 + max(self.maxDepth(root.left), self.maxDepth(root.right))\n")

    def test_python_recursive_reverse_of_a_100000_node_list(self):
        self.recursive("python", self.LIST_SPEC, json.dumps(list(range(100_000))), list(range(99_999, -1, -1)))

    def test_java_recursive_reverse_of_a_100000_node_list(self):
        self.recursive("java", self.LIST_SPEC, json.dumps(list(range(100_000))), list(range(99_999, -1, -1)))

    def test_python_recursive_depth_of_a_10000_deep_tree(self):
        self.recursive("python", self.TREE_SPEC, self.skewed_tree(10_000), 10_000)

    def test_java_recursive_depth_of_a_10000_deep_tree(self):
        self.recursive("java", self.TREE_SPEC, self.skewed_tree(10_000), 10_000)

    def test_python_runaway_recursion_is_a_recursion_error_in_the_time_limit(self):
        self.runaway("python", ["RecursionError", "recursion too deep", 'in forever', "more frames"])

    def test_java_runaway_recursion_is_a_stack_overflow_in_the_time_limit(self):
        self.runaway("java", ["StackOverflowError", "recursion too deep", "at Solution.forever(Solution.java:",
                              "more frames"])

    @staticmethod
    def skewed_tree(depth):
        # level order of a tree where every node has only a right child: 1, null, 2, null, 3 ...
        values = []
        for v in range(1, depth + 1):
            values += [v] if v == 1 else [None, v]
        return json.dumps(values)

    def recursive(self, lang, spec, stdin, want):
        tmp = Build.get()
        if lang == "python":
            source = os.path.join(tmp, "recursion.py")
            with open(source, "w") as f:
                f.write(self.PY)
            code, out, err, result = run_harness(lang, spec, stdin + "\n", source=source)
        else:
            classes = os.path.join(tmp, "recursion-classes")
            src = os.path.join(tmp, "recursion", "Solution.java")
            os.makedirs(os.path.dirname(src), exist_ok=True)
            with open(src, "w") as f:
                f.write(cases.IMPORTS + "class Solution {\n"
                        "    public ListNode reverseList(ListNode head) {\n"
                        "        if (head == null || head.next == null) return head;\n"
                        "        ListNode rest = reverseList(head.next);\n"
                        "        head.next.next = head;\n"
                        "        head.next = null;\n"
                        "        return rest;\n"
                        "    }\n"
                        "    public int maxDepth(TreeNode root) {\n"
                        "        return root == null ? 0 : 1 + Math.max(maxDepth(root.left), maxDepth(root.right));\n"
                        "    }\n"
                        "}\n")
            subprocess.run(["javac", "-nowarn", "-d", classes, "-cp", Build.jar(), src], check=True)
            code, out, err, result = run_java(classes, spec, stdin + "\n")
        self.assertEqual(code, 0, err[:2000])
        self.assertEqual(json.loads(result), want)

    def runaway(self, lang, wanted):
        spec = cases.sig("forever", ["int"], "int")
        code, out, err, result = run_harness(lang, spec, "0\n", cpu_seconds=RECURSION_CPU_SECONDS[lang])
        self.assertEqual(code, 1, f"exit {code} (a CPU limit of {RECURSION_CPU_SECONDS[lang]} s kills with -24)\n{err[:2000]}")
        for s in wanted:
            self.assertIn(s, err)
        self.assertLess(len(err), 8000, "the traceback is short: first and last frames and a count")


def run_java(classes, spec, stdin):
    tmp = Build.get()
    fd, spec_path = tempfile.mkstemp(dir=tmp, suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(spec, f)
    return with_result_channel(["java", "-Xmx256m", "-XX:+UseSerialGC", "-cp", classes + ":" + Build.jar(),
                                "arbiter.harness.Main", spec_path], stdin)


class SyntaxAndMemory(unittest.TestCase):

    def test_python_syntax_error_keeps_the_line_number(self):
        tmp = Build.get()
        path = os.path.join(tmp, "bad.py")
        with open(path, "w") as f:
            f.write("class Solution:\n    def f(self):\n        x = = 1\n")
        r = subprocess.run(["python3", PY_HARNESS, "--check", "/dev/null", path], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertTrue(r.stderr.startswith("solution.py:3: invalid syntax"), r.stderr)
        self.assertIn("x = = 1", r.stderr)

    def test_python_check_passes_good_code(self):
        tmp = Build.get()
        path = os.path.join(tmp, "good.py")
        with open(path, "w") as f:
            f.write("class Solution:\n    def f(self):\n        return 1\n")
        r = subprocess.run(["python3", PY_HARNESS, "--check", "/dev/null", path], capture_output=True, text=True)
        self.assertEqual((r.returncode, r.stderr), (0, ""))

    def test_java_compile_error_keeps_the_line_number_with_the_implicit_imports(self):
        tmp = Build.get()
        src = os.path.join(tmp, "badjava", "Solution.java")
        os.makedirs(os.path.dirname(src), exist_ok=True)
        with open(src, "w") as f:
            f.write(cases.IMPORTS + "class Solution {\n    int f() {\n        return x;\n    }\n}\n")
        # the worker's own compiler (in memory), as the judge uses it
        r = subprocess.run(["java", "-cp", Build.jar(), "arbiter.harness.Worker", "--compile", src,
                            os.path.join(tmp, "badjava", "classes")], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn("Solution.java:3: error: cannot find symbol", r.stderr)
        self.assertIn("        return x;\n               ^", r.stderr)

    def test_python_memory_limit_is_a_memory_error_not_a_kill(self):
        tmp = Build.get()
        src = os.path.join(tmp, "memlimit.py")
        with open(src, "w") as f:
            f.write("class Solution:\n    def grab(self, mb: int) -> int:\n        return len(bytearray(mb << 20))\n")
        spec = cases.sig("grab", ["int"], "int")
        for mb, want in ((32, 0), (96, 3)):
            code, out, err, result = run_harness("python", spec, f"{mb}\n", env={"ARBITER_MEMORY_MB": "64"}, source=src)
            self.assertEqual(code, want, err)
            if want:
                self.assertIn("MemoryError", err)

    def test_python_threads_of_the_solution_work_under_the_memory_limit(self):
        tmp = Build.get()
        src = os.path.join(tmp, "threads.py")
        with open(src, "w") as f:
            f.write("import threading\nclass Solution:\n    def grab(self, mb: int) -> int:\n"
                    "        t = threading.Thread(target=lambda: None)\n        t.start()\n        t.join()\n"
                    "        return len(bytearray(mb << 20))\n")
        code, out, err, result = run_harness("python", cases.sig("grab", ["int"], "int"), "32\n",
                                             env={"ARBITER_MEMORY_MB": "64"}, source=src)
        self.assertEqual(code, 0, err)


def tearDownModule():
    if Build.tmp:
        shutil.rmtree(Build.tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
