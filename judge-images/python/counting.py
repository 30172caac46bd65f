"""The work of one call in CPython instructions, for growth classes that do not depend on the machine's caches.

Every bytecode instruction the call executes counts one (sys.settrace with opcode events, in every Python frame,
the standard library's included). Work in C that grows with the input is counted too where it can be seen: heapq
and bisect run their Python versions (their C accelerators are blocked on import), Counter tallies in Python,
list.sort and sorted() count
n log2 n and list.insert / remove / index / count the list's length (sys.setprofile sees the list they run on),
list.pop the items it moved when it took the first one (q.pop(0) as a queue; the event does not carry the index, so
the first item is compared before and after the call).
The random module is seeded before each counted call (with the call's number), so a randomised program counts the
same in every run while repeats at one size differ.

The judge image counts in C (_opcount, built from opcount.c): the same events, about four times faster, so a score's
counting takes a second where it took four. It also reads the operands of the instructions whose work in C shows in
them (`x in some_list` the items compared, `xs[i:j]` the items copied, `del xs[i]` and `xs.pop(i)` the items moved,
`a + b` on lists or tuples the items copied, `[0] * n` the items written, `sum`/`min`/`max`/`list`/`set`... of a
sequence and `join`/`extend`/`copy` its items, `any`/`all` the items read until their answer, and a sort without a
key the runs Timsort merges), which a tracer in Python cannot see. Without it (python3 on a host)
the Python tracer below counts, without those. What stays invisible (C work over an iterator,
`",".join(map(str, xs))`, and builtins not named) is why scores compare
counts with times (docs/PERFORMANCE.md).
"""
import builtins
import collections
import importlib
import math
import random
import sys

try:
    import _opcount
except ImportError:
    _opcount = None

# heapq and bisect fall back to their Python code. random imports bisect (and serve.py imports random before this
# module), so a module loaded before the block is loaded again: its C versions would leave every search uncounted
sys.modules["_heapq"] = None
sys.modules["_bisect"] = None
for _loaded in ("heapq", "bisect"):
    if _loaded in sys.modules:
        importlib.reload(sys.modules[_loaded])

LINEAR_LIST_METHODS = {"insert", "remove", "index", "count"}


def _count_elements(mapping, iterable):
    """Counter's tally, in Python (collections' own fallback): its C helper tallied any number of items uncounted, so a
    solution built on Counter(nums) counted less than one instruction per number."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


collections._count_elements = _count_elements


def _sorted(iterable, /, *, key=None, reverse=False):
    items = list(iterable)
    if key is None and not reverse:
        items.sort()  # seen by the profiler below as list.sort on items; by the C counter, with its runs
    else:
        items.sort(key=key, reverse=reverse)
    return items


builtins.sorted = _sorted


_calls = 0


def count(method, args, in_c=True, operands=True):
    """Runs method(*args) once and returns the instructions it executed, plus the modelled C work (with operands: the
    work the C counter reads from instructions' operands too)."""
    return counted_call(method, args, in_c, operands)[0]


def counted_call(method, args, in_c=True, operands=True):
    """As count, with what the call returned: (instructions, value)."""
    global _calls
    random.seed(_calls)  # a randomised program counts alike in every run; repeats at a size differ, and scatter
    _calls += 1
    if in_c and _opcount is not None:
        _opcount.start(operands)
        try:
            value = method(*args)
        finally:
            total = _opcount.stop()
        return total, value
    total = 0

    def opcode(frame, event, arg):
        nonlocal total
        if event == "opcode":
            total += 1
        return opcode

    def frame_start(frame, event, arg):
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        return opcode

    popping = None  # (list, its length, its first item) while a list.pop runs

    def c_call(frame, event, arg):
        nonlocal total, popping
        if event == "c_return" and popping is not None:
            owner, n, first = popping
            popping = None
            if len(owner) == n - 1 and n > 1 and owner[0] is not first:
                total += n - 1
            return
        if event == "c_exception":
            popping = None
        if event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        if isinstance(owner, list):
            name = arg.__name__
            n = len(owner)
            if name == "pop":
                popping = (owner, n, owner[0] if n else None)
            elif name == "sort" and n > 1:
                total += int(n * math.log2(n))
            elif name in LINEAR_LIST_METHODS:
                total += n

    sys.setprofile(c_call)
    sys.settrace(frame_start)
    try:
        value = method(*args)
    finally:
        sys.settrace(None)
        sys.setprofile(None)
    return total, value
