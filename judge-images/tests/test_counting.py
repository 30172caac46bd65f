"""Counting mode of the Python server (python/counting.py): what one call counts, on this machine's python3 (no Docker,
the Python tracer), and in the Python judge image, where the C counter (python/opcount.c) must count every program
exactly as the Python tracer does, and besides reads the work in C that instructions' operands show.

python3 -m unittest judge-images/tests/test_counting.py
"""
import json
import math
import os
import subprocess
import sys
import unittest

from sandbox import python_json

PYTHON_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python")

# run in a child: counting.py blocks heapq's and bisect's C code and replaces sorted() in the process that imports it
PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import counting
import bisect, heapq, random
from collections import Counter

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

def search_all(xs):
    return [bisect.bisect_left(xs, q) for q in range(0, 200, 2)]

def queue_in_list(xs):
    q, total = list(xs), 0
    while q:
        total += q.pop(0)
    return total

def tally(xs):
    return Counter(xs).most_common(1)

def stack_in_list(xs):
    q, total = list(xs), 0
    while q:
        total += q.pop()
    return total

out = {}
for name, f in [("walk", walk), ("sort", sort_then_walk), ("heap", heap_all)]:
    out[name] = [counting.count(f, ([(i * 7919) % 1000003 for i in range(n)],)) for n in (1000, 2000, 4000, 8000)]
out["sorted_is_wrapped"] = sorted.__module__ == "counting"
out["bisect"] = [counting.count(search_all, (list(range(n)),)) for n in (2 ** 4, 2 ** 16)]
out["random"] = [counting.count(pick, (list(range(100)),)) for _ in range(2)]
out["queue"] = [counting.count(queue_in_list, (list(range(n)),)) for n in (1000, 4000)]
out["stack"] = [counting.count(stack_in_list, (list(range(n)),)) for n in (1000, 4000)]
out["tally"] = [counting.count(tally, ([i % 100 for i in range(n)],)) for n in (1000, 8000)]
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

    def test_bisect_runs_its_python_code_although_random_loaded_it_first(self):
        # random imports bisect before counting can block its C code (serve.py imports random first too): 100 binary
        # searches take about 4 halvings each over 16 values and 16 over 65536, which only the Python code counts
        small, large = self.counts["bisect"]
        self.assertGreater(large, small * 2, "each search counts its halvings, not one C call")

    def test_a_queue_popped_from_the_front_of_a_list_counts_the_items_each_pop_moves(self):
        # q.pop(0) moves the n - 1 items behind: quadratic, 16x for 4x the items; q.pop() moves none: linear, 4x
        queue, stack = self.counts["queue"], self.counts["stack"]
        self.assertGreater(queue[1] / queue[0], 12)
        self.assertLess(stack[1] / stack[0], 4.5)
        self.assertGreater(queue[0] - stack[0], 1000 * 999 / 2 - 1)

    def test_counter_tallies_in_python_so_counting_n_items_counts_them(self):
        # over 100 distinct values, most_common's work stays alike; only the tally grows with the items
        small, large = self.counts["tally"]
        self.assertGreater(small, 1000 * 5, "each item tallied counts its instructions, not one C call")
        self.assertGreater(large / small, 6)

    def test_randomised_code_is_seeded_per_counted_call(self):
        self.assertEqual(len(self.counts["random"]), 2)
        self.assertGreater(min(self.counts["random"]), 0)


# code of every shape a count passes through: loops, recursion, generators resumed, exceptions, closures, classes,
# comprehensions, sorts with keys, the modelled list methods, heapq and bisect in Python, seeded randomness
SHAPES = """
import json, random, sys
sys.path.insert(0, "/opt/arbiter/python")
import counting  # first, as serve.py does: heapq and bisect then run their Python code
import bisect, heapq

def walk(xs):
    total = 0
    for x in xs:
        total += x
    return total

def quickselect(xs, k):
    pivot = random.choice(xs)
    bigger = [x for x in xs if x > pivot]
    if k <= len(bigger):
        return quickselect(bigger, k)
    equal = sum(1 for x in xs if x == pivot)
    if k <= len(bigger) + equal:
        return pivot
    return quickselect([x for x in xs if x < pivot], k - len(bigger) - equal)

def generators(xs):
    def pairs():
        for i in range(0, len(xs) - 1, 2):
            yield xs[i], xs[i + 1]
    return sum(a * b for a, b in pairs())

def exceptions(xs):
    seen = {}
    for x in xs:
        try:
            seen[x] += 1
        except KeyError:
            seen[x] = 1
    return len(seen)

class Tree:
    def __init__(self):
        self.keys = []
    def add(self, x):
        bisect.insort(self.keys, x)
    def rank(self, x):
        return bisect.bisect_left(self.keys, x)

def classes(xs):
    t = Tree()
    for x in xs[:300]:
        t.add(x)
    return sum(t.rank(x) for x in xs[:300])

def list_methods(xs):
    out = xs[:200]
    out.insert(0, -1)
    out.remove(-1)
    out.sort(key=lambda v: -v)
    return out.index(out[-1]) + out.count(out[0]) + len(sorted(xs, reverse=True))

def queues(xs):
    q, total = list(xs[:500]), 0
    while q:
        total += q.pop(0) + (q.pop() if q else 0)
    try:
        q.pop()
    except IndexError:
        total += 1
    return total

def heaps(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(xs) // 2)][-1]

out = {"c": counting._opcount is not None, "pairs": []}
for f, args in [(walk, ()), (quickselect, (500,)), (generators, ()), (exceptions, ()), (classes, ()),
                (list_methods, ()), (queues, ()), (heaps, ())]:
    for n in (1000, 4000):
        xs = [(i * 7919) % 10007 for i in range(n)]
        counting._calls = n
        in_c = counting.count(f, (list(xs),) + args, operands=False)
        counting._calls = n
        in_python = counting.count(f, (list(xs),) + args, in_c=False)
        out["pairs"].append([f.__name__, n, in_c, in_python])
print(json.dumps(out))
"""

# work in C that only the instructions' operands show, counted in the image with and without them
OPERANDS = """
import collections, json, sys
sys.path.insert(0, "/opt/arbiter/python")
import counting

def scan(xs):  # a miss: every item compared
    return -1 in xs

def early(xs):  # found at the fourth item
    return xs[3] in xs

def seen_in_list(xs):  # two-sum's quadratic way: a list of the values seen
    seen = []
    for x in xs:
        if -x in seen:
            return True
        seen.append(x)
    return False

def halves(xs):  # a recursion on slices: n log n copied
    return len(xs) if len(xs) < 2 else halves(xs[:len(xs) // 2]) + halves(xs[len(xs) // 2:])

def queue_by_del(xs):
    q, total = list(xs), 0
    while q:
        total += q[0]
        del q[0]
    return total

def queue_by_pop(xs):  # counted with or without operands: the profile's comparison, or the index read
    q, total = list(xs), 0
    while q:
        total += q.pop(0)
    return total

def pop_from_the_middle(xs):  # moves the half behind: only the index shows it
    q, total = list(xs), 0
    while q:
        total += q.pop(len(q) // 2)
    return total

def bound_pop_from_the_middle(xs):
    q, total = list(xs), 0
    take = q.pop
    while q:
        total += take(len(q) // 2)
    return total

def grow_by_add(xs):
    out = []
    for x in xs[:200]:
        out = out + [x]
    return len(out)

def dict_views_and_ranges(xs):  # a dict built in bytecode, then walked in C through its views, and a range
    d = {x: x for x in xs}
    return max(d.values()) + sum(d.keys()) + len(list(d.items())) + sum(range(len(xs)))

def repetitions(xs):  # dp = [0] * (n + 1), and a string of n
    dp = [0] * (len(xs) + 1)
    return len(dp) + len(len(xs) * "-")

def appends_in_place(xs):  # out += [x] appends one item: linear
    out = []
    for x in xs:
        out += [x]
    return len(out)

def grow_tuple_in_place(xs):  # t += (x,) copies the tuple: quadratic
    t = ()
    for x in xs[:200]:
        t += (x,)
    return len(t)

class Odd:
    calls = 0
    def __eq__(self, other):
        Odd.calls += 1
        return False
    __hash__ = object.__hash__

def odd(xs):
    return Odd() in xs

def odd_in_a_deque(xs):
    return Odd() in collections.deque(xs)

def window_maxima(xs):  # a sliding window's maximum taken by max() over a copy: n windows of 100
    return [max(xs[i:i + 100]) for i in range(len(xs) - 100)]

def walkers(xs):
    return sum(xs) + min(xs) + len(list(xs)) + len(set(xs)) + any(xs)  # any stops at its answer: the first item

def methods(xs):
    out = xs.copy()
    out.extend(xs)
    return ",".join([str(x) for x in out[:10]])

def lazy_walks(xs):  # C makes every item of these iterators, so the builtin's walk is their items
    text = ",".join(map(str, xs))
    pairs = list(zip(xs, range(len(xs) * 2)))                   # the shorter: n
    odd = sum(filter(None, xs))
    last = max(enumerate(xs))[0]
    backwards = tuple(reversed(tuple(xs)))                      # tuple(xs) n, then reversed n
    lengths = sum(map(len, map(str, dict.fromkeys(xs))))         # over a dict's keys, through two maps
    return len(text) + len(pairs) + odd + last + len(backwards) + lengths

def string_walks(xs):  # "a" * n writes n; count, find, split, replace and upper walk n each; dict.fromkeys n
    s = "a" * len(xs)
    return s.count("a") + s.find("b") + len(s.split("b")) + len(s.replace("a", "b")) + len(s.upper()) \
        + len(dict.fromkeys(xs))

def set_and_dict_walks(xs):
    a, b = set(xs), set(xs)                         # n each
    d = dict(zip(xs, xs))                           # n: the zip's items
    q = collections.deque(xs)                       # n
    both, every, left, odd = a & b, a | b, a - b, a ^ b  # n, 2n, n, 2n
    d.update(d)                                     # n
    a |= b                                          # n
    return len(both) + len(every) + len(left) + len(odd) + len(d) + len(q) \
        + len(a.intersection(xs)) + len(a.union(xs))  # n (a list: its items), 2n (a copy of a, then xs)

def sorted_runs(xs):  # Timsort merges the runs already in order: 1, 2, ..., n is one, rotated by half it is two
    ys = xs[len(xs) // 2:] + xs[:len(xs) // 2]     # the slices n, the + n
    ys.sort()                                       # two runs: 2n
    xs.sort()                                       # one run: n
    xs.sort(reverse=True)                           # with key= or reverse=: n log2 n, as without operands
    return ys[0] + xs[0]

def random_sort(xs):  # in no order: runs of about two items, so about n log2 n
    ys = [(x * 7919) % 10007 for x in xs]
    ys.sort()
    return ys[0]

def any_and_all(xs):  # each reads items until its answer
    return any(xs) + all(xs) + any([0] * len(xs)) + all(x > 1 for x in xs)  # 1, n, 2n (with [0] * n), the generator 0

def bytes_walks(xs):  # the bytes methods that walk every byte, and str.encode and bytes.decode
    b, s = bytes(len(xs)), "a" * len(xs)            # "a" * n: n
    return b.count(bytes(1)) + b.find(b"x") + len(b.split(b"x")) + len(b.replace(bytes(1), b"x")) \
        + len(bytearray(b).upper()) + len(s.encode()) + len(b.decode())

def reversal_and_deque_searches(xs):  # xs.reverse() n; a deque searched as a list is
    xs.reverse()
    q = collections.deque(xs)                       # n
    return (-1 in q) + (xs[3] in q) + q.count(1) + q.index(xs[5]) + (q.remove(xs[-1]) or 0)  # n, 4, n, 6, n

def deque_walks(xs):  # builtins and methods that walk a deque or fill it from a sequence
    q = collections.deque(xs)                       # n
    total = sum(q) + len(list(q))                   # n, n
    q.extend(xs)                                    # n: q is 2n long
    q.extendleft(xs[:10])                           # the slice 10, extendleft 10
    r = q.copy()                                    # 2n + 10
    r.reverse()                                     # 2n + 10
    return total + len(r)

def mapped_generator(xs):  # map over a generator: its items are the generator's, counted as its frame runs
    return sum(map(abs, (x for x in xs)))

def generator_argument(xs):  # the generator's frame is counted as it runs; the sum over it adds nothing
    return sum(x for x in xs)

def own_sum(xs):
    sum = len
    return sum(xs)

out = {}
for f in (scan, early, seen_in_list, halves, queue_by_del, queue_by_pop, pop_from_the_middle, bound_pop_from_the_middle,
          grow_by_add, dict_views_and_ranges, repetitions, appends_in_place, grow_tuple_in_place, odd, window_maxima,
          walkers, methods, lazy_walks, string_walks, set_and_dict_walks, sorted_runs, random_sort, any_and_all, bytes_walks,
          reversal_and_deque_searches, odd_in_a_deque, deque_walks,
          generator_argument, mapped_generator, own_sum):
    out[f.__name__] = [[counting.count(f, (list(range(1, n + 1)),), operands=on) for n in (1000, 2000)] for on in (True, False)]
out["odd_calls"] = Odd.calls
print(json.dumps(out))
"""


class CountingInTheImageTest(unittest.TestCase):
    """The judge image counts with _opcount; a count that differed from the Python tracer's would move classes."""

    @classmethod
    def setUpClass(cls):
        cls.out = python_json(SHAPES)

    def test_the_image_counts_in_c(self):
        self.assertTrue(self.out["c"], "counting.py fell back to the Python tracer in the judge image")

    def test_the_c_counter_counts_every_shape_as_the_python_tracer_does(self):
        for name, n, in_c, in_python in self.out["pairs"]:
            with self.subTest(shape=name, n=n):
                self.assertGreater(in_python, n)
                self.assertEqual(in_c, in_python)


class OperandsInTheImageTest(unittest.TestCase):
    """What C does that only an instruction's operands show: counted by the image's C counter, per item."""

    @classmethod
    def setUpClass(cls):
        cls.out = python_json(OPERANDS)

    def extra(self, name):
        (with1, with2), (without1, without2) = self.out[name]
        return with1 - without1, with2 - without2

    def test_a_miss_in_a_list_counts_every_item(self):
        self.assertEqual(self.extra("scan"), (1000, 2000))

    def test_a_hit_counts_the_items_compared_up_to_it(self):
        self.assertEqual(self.extra("early"), (4, 4))

    def test_membership_in_a_growing_list_makes_a_loop_quadratic(self):
        # n misses against 0, 1, ..., n - 1 values seen: n (n - 1) / 2 compared
        self.assertEqual(self.extra("seen_in_list"), (1000 * 999 // 2, 2000 * 1999 // 2))

    def test_slices_count_the_items_they_copy(self):
        small, large = self.extra("halves")
        self.assertGreater(small, 1000 * 9)  # about n log2 n: every level copies every item
        self.assertGreater(large / small, 2.1)

    def test_deleting_the_first_item_counts_the_items_moved(self):
        # and list(xs) its n
        self.assertEqual(self.extra("queue_by_del"), (1000 * 999 // 2 + 1000, 2000 * 1999 // 2 + 2000))

    def test_popping_counts_the_items_moved_behind_the_index_once(self):
        # q.pop(0): the same moves with operands as without (read instead of compared), and list(xs) its n
        self.assertEqual(self.extra("queue_by_pop"), (1000, 2000))
        # q.pop(m // 2) from m items moves m - 1 - m // 2, which only the index shows; through a bound name as well
        def behind_middle(n):
            return n + sum(m - 1 - m // 2 for m in range(1, n + 1))
        self.assertEqual(self.extra("pop_from_the_middle"), (behind_middle(1000), behind_middle(2000)))
        self.assertEqual(self.extra("bound_pop_from_the_middle"), (behind_middle(1000), behind_middle(2000)))

    def test_dict_views_and_ranges_count_the_items_builtins_walk(self):
        # max over values(), sum over keys(), list of items(), sum over a range: n each
        self.assertEqual(self.extra("dict_views_and_ranges"), (4 * 1000, 4 * 2000))

    def test_repeating_a_sequence_counts_the_items_written(self):
        self.assertEqual(self.extra("repetitions"), (1001 + 1000, 2001 + 2000))

    def test_adding_in_place_counts_what_a_list_appends_and_what_a_tuple_copies(self):
        self.assertEqual(self.extra("appends_in_place"), (1000, 2000))
        # t += (x,) copies len(t) + 1 items, 200 times; and xs[:200] its 200
        self.assertEqual(self.extra("grow_tuple_in_place"), (20100 + 200, 20100 + 200))

    def test_adding_lists_counts_the_items_copied(self):
        # out + [x] copies len(out) + 1 items, 200 times: 200 * 201 / 2; and xs[:200] its 200
        self.assertEqual(self.extra("grow_by_add"), (20100 + 200, 20100 + 200))

    def test_builtins_that_walk_a_sequence_count_its_items(self):
        # sum, min, list and set over n items each, and any the first item, which is true
        self.assertEqual(self.extra("walkers"), (4 * 1000 + 1, 4 * 2000 + 1))
        # each window: the slice copies 100 and max walks 100
        self.assertEqual(self.extra("window_maxima"), (900 * 200, 1900 * 200))

    def test_copy_extend_and_join_count_their_items(self):
        # copy n, extend n, the slice 10, join 10
        self.assertEqual(self.extra("methods"), (2 * 1000 + 20, 2 * 2000 + 20))

    def test_builtins_over_map_filter_zip_enumerate_and_reversed_count_the_items_left(self):
        # join over a map, list of a zip, sum of a filter, max of an enumerate, tuple of a tuple and of its reversed,
        # sum of a map of a map of a dict, and dict.fromkeys that made the dict: n each
        self.assertEqual(self.extra("lazy_walks"), (8 * 1000, 8 * 2000))

    def test_string_methods_that_walk_the_string_and_dict_fromkeys_count_their_items(self):
        # the repetition that made the string, then count, find, split, replace, upper and dict.fromkeys: n each
        self.assertEqual(self.extra("string_walks"), (7 * 1000, 7 * 2000))

    def test_set_operators_and_methods_dict_and_deque_count_what_they_walk(self):
        # two sets n each, dict of a zip n, deque n, & n, | 2n, - n, ^ 2n, update n, |= n, intersection n, union 2n
        self.assertEqual(self.extra("set_and_dict_walks"), (15 * 1000, 15 * 2000))

    def test_a_sort_counts_the_runs_it_merges_where_its_items_are_plain_and_it_has_no_key(self):
        # without operands every sort is n log2 n: three of them here; with them, the slices and the + (2n), two runs
        # (2n), one run (n), and the sort with reverse= as before
        def expected(n):
            return 2 * n + 2 * n + n - 2 * int(n * math.log2(n))
        self.assertEqual(self.extra("sorted_runs"), (expected(1000), expected(2000)))
        for n, extra in zip((1000, 2000), self.extra("random_sort")):
            with self.subTest(n=n):
                self.assertLess(abs(extra), 0.2 * n * math.log2(n), "items in no order count about n log2 n")

    def test_any_and_all_count_the_items_read_until_their_answer(self):
        self.assertEqual(self.extra("any_and_all"), (3 * 1000 + 1, 3 * 2000 + 1))

    def test_bytes_methods_that_walk_the_bytes_count_their_length(self):
        # the string n, then count, find, split, replace, upper, encode and decode n each
        self.assertEqual(self.extra("bytes_walks"), (8 * 1000, 8 * 2000))

    def test_reversing_a_list_and_searching_a_deque_count_the_items_walked(self):
        # reverse n, deque(xs) n, a miss n, a hit at the fourth item 4, count n, index at the sixth 6, and remove the
        # last item n
        self.assertEqual(self.extra("reversal_and_deque_searches"), (5 * 1000 + 10, 5 * 2000 + 10))

    def test_builtins_over_a_deque_and_its_filling_copying_and_reversing_count_the_items_walked(self):
        self.assertEqual(self.extra("deque_walks"), (8 * 1000 + 40, 8 * 2000 + 40))

    def test_a_generator_argument_and_a_program_s_own_sum_add_nothing(self):
        self.assertEqual(self.extra("generator_argument"), (0, 0))
        self.assertEqual(self.extra("mapped_generator"), (0, 0))
        self.assertEqual(self.extra("own_sum"), (0, 0))

    def test_items_whose_comparison_could_run_python_code_are_counted_not_compared(self):
        self.assertEqual(self.extra("odd"), (1000, 2000))
        # deque(xs) n, and the miss n
        self.assertEqual(self.extra("odd_in_a_deque"), (2 * 1000, 2 * 2000))
        # the interpreter's own comparisons only: n per search, in a list and in a deque, with and without operands
        self.assertEqual(self.out["odd_calls"], 2 * 2 * (1000 + 2000), "the counter itself compared nothing")


if __name__ == "__main__":
    unittest.main()
