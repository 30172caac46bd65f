"""The Python judge's peak memory of a call (python/serve.py's peak_memory, by python/memtrace.c in the image) against
tracemalloc's, which it stands in for: the same bytes for every shape of allocation.

python3 -m unittest judge-images/tests/test_memtrace.py   (needs Docker and the judge images)
"""
import unittest

from sandbox import python_json

# each shape runs once under serve.peak_memory and once under tracemalloc; both peaks are printed
SHAPES = """
import gc, heapq, json, sys, threading, tracemalloc
import numpy
sys.argv = ["serve.py"]
sys.path.insert(0, "/opt/arbiter/python")
import serve

nums = [(i * 7919) % 100003 for i in range(100000)]
older = [None]  # a list allocated before tracing: freeing it counts nothing, growing it counts the new block whole

def heap(): return heapq.nlargest(len(nums) // 2, nums)[-1]
def tuples(): return len([(x, x) for x in nums])
def table(): return len({x: i for i, x in enumerate(nums)})
def text(): return len(",".join(str(x) for x in nums))
def grow_older():
    older[0].extend(nums)
    return len(older[0])
def drop_older():
    older[0] = None
    return 0
def in_a_thread():
    got = []
    worker = threading.Thread(target=lambda: got.append(sorted(x % 977 for x in range(50000))))
    worker.start()
    worker.join()
    return len(got[0])
def with_numpy(): return int(numpy.arange(200000, dtype=numpy.int64).sum())

def measured(f, peak):
    older[0] = list(range(100000))
    gc.collect()
    return peak(f)

def by_tracemalloc(f):
    tracemalloc.start()
    f()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak

out = {"c": serve._memtrace is not None, "peaks": []}
for f in (heap, tuples, table, text, grow_older, drop_older, in_a_thread, with_numpy):
    measured(f, lambda f: f())  # once unmeasured, as the server's checked and timed calls come before its `mem`
    out["peaks"].append([f.__name__, measured(f, lambda f: serve.peak_memory(f, ())), measured(f, by_tracemalloc)])
print(json.dumps(out))
"""


class MemtraceTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.out = python_json(SHAPES)

    def test_the_image_measures_with_memtrace(self):
        self.assertTrue(self.out["c"], "serve.py fell back to tracemalloc in the judge image")

    def test_every_shape_peaks_at_the_bytes_tracemalloc_counts(self):
        for name, mine, theirs in self.out["peaks"]:
            with self.subTest(shape=name):
                # the same rules, and the same allocations, give the same bytes (numpy: tracemalloc itself); a
                # thread's start allocates a few bytes more or less from run to run, under either
                self.assertAlmostEqual(mine, theirs, delta=1024 if name == "in_a_thread" else 0)
                self.assertGreater(mine, 100_000 if name != "drop_older" else -1)

    def test_growing_a_list_made_before_the_call_counts_its_new_block_and_freeing_one_counts_nothing(self):
        peaks = {name: mine for name, mine, _ in self.out["peaks"]}
        self.assertGreaterEqual(peaks["grow_older"], 8 * 200_000)
        self.assertLess(peaks["drop_older"], 10_000)


if __name__ == "__main__":
    unittest.main()
