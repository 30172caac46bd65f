"""A scored Python process reuses the memory its calls freed (python/keepmem.c, loaded by serve.py in the image): after
the first call, timed calls fault in no pages, where a plain python3 faults in every arena and every large list again.

python3 -m unittest judge-images/tests/test_keepmem.py   (needs Docker and the judge images)
"""
import unittest

from sandbox import python_json

# the same calls in this process (serve.py imported: _keepmem loaded) and in a child python3 without it
FAULTS = """
import gc, heapq, json, resource, subprocess, sys
CALLS = '''
import gc, heapq, resource
nums = [(i * 7919) % 100003 for i in range(100000)]

def heap(): return heapq.nlargest(len(nums) // 2, nums)[-1]      # 50,000 tuples: pymalloc arenas
def sliced(): return len(sorted(nums[: len(nums) // 2]))         # lists of 400 KB: glibc malloc
def table(): return len({x: i for i, x in enumerate(nums)})     # a dict's table

def faults(f):
    f()  # the first call maps what the later ones may reuse
    gc.collect()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(3):
        f()
        gc.collect()
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before

got = {f.__name__: faults(f) for f in (heap, sliced, table)}
'''
sys.argv = ["serve.py"]
sys.path.insert(0, "/opt/arbiter/python")
import serve
scope = {}
exec(CALLS, scope)
plain = subprocess.run([sys.executable, "-c", CALLS + "import json; print(json.dumps(got))"], capture_output=True,
                       text=True, check=True)
print(json.dumps({"loaded": serve._keepmem is not None, "kept": scope["got"], "plain": json.loads(plain.stdout),
                  "held": serve._keepmem.held() if serve._keepmem else None}))
"""


class KeepMemTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.out = python_json(FAULTS)

    def test_the_image_loads_keepmem_in_the_server(self):
        self.assertTrue(self.out["loaded"], "serve.py runs without _keepmem in the judge image")

    def test_calls_after_the_first_fault_in_no_pages(self):
        for name, faults in self.out["kept"].items():
            with self.subTest(call=name):
                # a handful at most: the interpreter's own odds and ends (three calls of each shape)
                self.assertLess(faults, 16)

    def test_without_it_the_same_calls_fault_their_memory_in_again(self):
        # the control: what the server would pay per call on every machine, at that machine's price per fault
        for name in ("heap", "sliced"):
            with self.subTest(call=name):
                self.assertGreater(self.out["plain"][name], 150)

    def test_emptied_arenas_are_held_for_reuse(self):
        arenas, held_bytes = self.out["held"]
        self.assertGreater(arenas, 0)
        self.assertGreaterEqual(held_bytes, arenas * 256 * 1024)


if __name__ == "__main__":
    unittest.main()
