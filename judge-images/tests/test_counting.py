"""Counting mode of the Python server (python/counting.py) on this machine's python3, no Docker: what one call counts.

python3 -m unittest judge-images/tests/test_counting.py
"""
import json
import os
import subprocess
import sys
import unittest

PYTHON_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python")

# run in a child: counting.py blocks heapq's and bisect's C code and replaces sorted() in the process that imports it
PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import counting
import heapq, random

def walk(xs):
    total = 0
    for x in xs:
        total += x
    return total

def sort_then_walk(xs):
    return walk(sorted(xs))

def heap_all(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return h

def pick(xs):
    return random.choice(xs)

out = {}
for name, f in [("walk", walk), ("sort", sort_then_walk), ("heap", heap_all)]:
    out[name] = [counting.count(f, ([(i * 7919) % 1000003 for i in range(n)],)) for n in (1000, 2000, 4000, 8000)]
out["sorted_is_wrapped"] = sorted.__module__ == "counting"
out["random"] = [counting.count(pick, (list(range(100)),)) for _ in range(2)]
print(json.dumps(out))
"""


class CountingTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        out = subprocess.run([sys.executable, "-c", PROBE, PYTHON_DIR], capture_output=True, text=True, check=True)
        cls.counts = json.loads(out.stdout)

    def test_a_loop_counts_the_same_instructions_per_element_at_every_size(self):
        walk = self.counts["walk"]
        per_element = [c / n for c, n in zip(walk, (1000, 2000, 4000, 8000))]
        self.assertAlmostEqual(per_element[0], per_element[-1], delta=0.05 * per_element[0])

    def test_a_sort_in_c_counts_n_log_n_so_sorting_grows_faster_than_a_walk(self):
        sort_growth = self.counts["sort"][-1] / self.counts["sort"][0]
        walk_growth = self.counts["walk"][-1] / self.counts["walk"][0]
        self.assertTrue(self.counts["sorted_is_wrapped"])
        self.assertGreater(sort_growth, walk_growth * 1.1)

    def test_heapq_runs_its_python_code_so_each_push_counts_its_sift(self):
        heap = self.counts["heap"]
        self.assertGreater(heap[0] / 1000, 20, "a push costs its Python sift, not one C call")

    def test_randomised_code_is_seeded_per_counted_call(self):
        self.assertEqual(len(self.counts["random"]), 2)
        self.assertGreater(min(self.counts["random"]), 0)


if __name__ == "__main__":
    unittest.main()
