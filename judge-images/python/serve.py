"""Serve mode for judge-images/interleave: one solution, several inputs, commands on fd 3 and answers on fd 4.

serve.py [--count] SPEC SOURCE INPUT...

The caller measures the time of each `go`; this side only prepares fresh receivers and arguments outside that window
(one shared set of arguments when the checked call left them as they were and they hold no strings; fresh copies, as
many as COPY_BUDGET_BYTES of input text and COPY_BUDGET_STRINGS allow, otherwise: `prep i k` answers how many calls
it prepared). `mem i` answers the tracemalloc peak of one call (counted by _memtrace) on such arguments, measured
apart from the timed calls. With --count, `count i` answers the work of one fresh call in interpreter instructions
(counting.py), then its answer. The random module is seeded before each timed call with the number of calls timed on
its input before it, so a randomised solution (quickselect's pivots) does the same work in every rescoring, and the
n-th timed call of an input does the same work whatever the batches were: seeded with its place in its batch, every
call timed alone had run seed 0's pivots, at one input of kth-largest 8.9 ms where seeds 1 and 2 took 4.7 and 6.8
ms. `prep i k seed` seeds every call of the batch with seed instead: interleave's measured rounds pass the round's
number, so round r does the same work in every fork whatever its batch size and however many calls were timed before
it. A `random.Random()` the solution makes without a seed, or a `random.SystemRandom()`, is seeded from the module's
generator (SeededRandom), which is seeded also before each timed call's receiver is made; one it keeps in a module
global or a class attribute, and the secrets module's, is reseeded before each timed call. os.urandom draws from the
module's generator too (secrets.token_bytes, uuid.uuid4), and the module's generator is seeded before the solution loads.
"""
import gc
import json
import os
import random
import sys
import threading
import tracemalloc

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
COUNTING = len(sys.argv) > 1 and sys.argv[1] == "--count"
if COUNTING:
    del sys.argv[1]
    import counting  # noqa: E402 - before the harness imports heapq and bisect: their Python versions are counted
import harness  # noqa: E402

try:
    import _memtrace  # noqa: E402 - the judge image's (memtrace.c)
except ImportError:
    _memtrace = None
try:
    import _keepmem  # noqa: E402, F401 - the judge image's (keepmem.c): freed memory is reused, not faulted in again
except ImportError:
    _keepmem = None


COPY_BUDGET_BYTES = 16 << 20  # input text held in fresh argument copies per batch, at most
# strings held in fresh argument copies per batch, at most: a str of 8 characters and its place in a list take about
# 66 bytes, five times its input text, and one of two characters ten times (as in the Java judge's Serve)
COPY_BUDGET_STRINGS = 1 << 20


SYSTEM_RANDOM = random.SystemRandom  # os.urandom's, which takes no seed; the solution gets SeededRandom instead


class SeededRandom(random.Random):
    """random.Random() without a seed, and random.SystemRandom(), in the solution: seeded from the module's generator,
    which is seeded before each timed and counted call and each timed call's receiver, instead of from os.urandom, so
    a generator the solution makes draws alike in every fork, as in Java (the judge's TimedSeeds)."""

    def __init__(self, x=None):
        super().__init__(random.getrandbits(64) if x is None else x)


def seeded_urandom(size, flags=0):
    """os.urandom and os.getrandom in the solution (secrets.token_bytes, uuid.uuid4 and the like): bytes of the
    module's generator, seeded per call as above, instead of the kernel's, which would differ in every run."""
    return random.randbytes(size)


def kept_randoms(g):
    """The generators a solution keeps for the whole run (module globals, class attributes, and the secrets module's
    SystemRandom once the solution has imported it): reseeded per call."""
    found = []
    values = list(g.values())
    if "secrets" in sys.modules:
        values.append(getattr(sys.modules["secrets"], "_sysrand", None))
    for value in values:
        for v in [value] + (list(vars(value).values()) if isinstance(value, type) else []):
            if isinstance(v, random.Random) and v is not random._inst and not isinstance(v, SYSTEM_RANDOM) \
                    and not any(v is k for k in found):
                found.append(v)
    return found


PRIMITIVES = {"int", "long", "double", "boolean", "char", "float", "bool"}  # a char is a 1-character str, one per value


def count_strings(value):
    """The strings in a parsed JSON value (lists of lists of them included)."""
    count, todo = 0, [value]
    while todo:
        v = todo.pop()
        if isinstance(v, str):
            count += 1
        elif isinstance(v, list):
            todo.extend(v)
    return count


def holds_strings(type_name):
    """A string parameter, or a list of them: a str keeps the hash a call computed, so a later call given the same one
    that hashes it again (a set of the words) finds it and does less than a call on its own input. Such arguments
    are never shared, however a call left them."""
    return "String" in type_name or "str" in type_name


class Input:
    """One parsed signature input and a factory of fresh calls (new Solution, new arguments)."""

    def __init__(self, spec, g, path):
        sig = spec["signature"]
        self.params = sig.get("params") or []
        self.returns = sig.get("returns", "void")
        lines = read_lines(path)
        self.parsed = harness.parse_lines(lines, len(self.params), "one JSON value per parameter")
        self.text = json.dumps(self.parsed)
        self.unused = harness.arguments(self.parsed, self.params, "input")  # checked here: the first call's arguments
        self.g = g
        self.name = sig["method"]
        self.strings = any(holds_strings(p.get("type", "")) for p in self.params)
        self.strings_per_copy = count_strings(self.parsed) if self.strings else 0
        self.shared = None

    def fresh(self):
        args, self.unused = self.unused, None
        if args is None:
            args = harness.arguments(json.loads(self.text), self.params, "input")
        return self.fresh_target(), args

    def to_json(self, value):
        return harness.from_value(value, self.returns)

    def shareable(self, args):
        """May later calls share the arguments this call was given? Never strings (holds_strings); others if they still
        read as the input. Lists and numbers compare with the parsed input itself, which no call is given (in C: 1 MB
        of ints in a millisecond, where converting them back and writing both as JSON took 30-60 ms of every check,
        enough to make an 8 ms call look like a 40 ms one to interleave); nodes, which have no equality of their own,
        as JSON."""
        if self.strings:
            return False
        try:
            if not any("ListNode" in p["type"] or "TreeNode" in p["type"] for p in self.params):
                return args == self.parsed
            return all(json.dumps(harness.from_value(a, p["type"])) == json.dumps(v)
                       for a, p, v in zip(args, self.params, self.parsed))
        except Exception:  # noqa: BLE001 - whatever the call turned the arguments into
            return False

    def batch(self, wanted, before_receiver=lambda j: None):
        k = wanted if self.shared is not None else min(wanted, max(1, COPY_BUDGET_BYTES // max(1, len(self.text))),
                                                       max(1, COPY_BUDGET_STRINGS // max(1, self.strings_per_copy)))
        out = []
        for j in range(k):
            before_receiver(j)
            out.append((self.fresh_target(), self.shared) if self.shared is not None else self.fresh())
        return out

    def fresh_target(self):
        return harness.solution_method(self.g, self.name)


class DesignInput(Input):
    """One design test as a single call: construct the class, then every operation in order."""

    def __init__(self, spec, g, path):  # noqa: super().__init__ is the signature case
        self.spec, self.g, self.lines = spec, g, read_lines(path)
        self.cls, self.ops, _, self.methods = harness.design_plan(spec, g, self.lines)
        self.text = "\n".join(self.lines)
        self.primitive = all(p.get("type", "").replace(" ", "") in PRIMITIVES
                          for m in [spec["design"].get("constructor") or {}] + (spec["design"].get("methods") or [])
                          for p in m.get("params") or [])
        # the operations' arguments (the lines after their names)
        self.strings_per_copy = sum(count_strings(json.loads(line)) for line in self.lines[1:])
        self.shared = None

    def fresh(self):
        return self.fresh_target(), [harness.design_plan(self.spec, self.g, self.lines)[2]]

    def fresh_target(self):
        return lambda calls: harness.play(self.cls, self.ops, calls)

    def to_json(self, value):
        return harness.design_results(self.ops, self.methods, value)

    def shareable(self, args):
        return self.primitive  # nothing a call can change, and no string that keeps a hash


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line for line in f.read().splitlines() if line.strip()]


def serve(argv, commands, answers):
    def answer(text):
        answers.write(text + "\n")
        answers.flush()

    try:
        with open(argv[1], encoding="utf-8") as f:
            spec = harness.check_spec(json.load(f))
        random.Random = random.SystemRandom = SeededRandom  # before the solution imports them
        os.urandom = os.getrandom = seeded_urandom
        random.seed("load")  # what the solution draws as it loads (a salt, a table) is alike in every run
        g = harness.load(argv[2])
        kind = DesignInput if spec.get("mode") == "design" else Input
        inputs = [kind(spec, g, path) for path in argv[3:]]
    except BaseException as e:  # noqa: B036 - whatever the candidate's module raised
        answer("error " + one_line(e))
        return
    answer("ready")
    batch, batch_input, timed_calls, kept = [], 0, [0] * len(inputs), []
    for line in commands:
        words = line.split()
        try:
            if words[0] == "check":
                item = inputs[int(words[1])]
                method, args = item.fresh()
                value = item.to_json(method(*args))
                # arguments the call left as they were are shared by the later calls (a fresh copy of a 1 MB input
                # took 40 ms to parse, twice per size and fork: at every check, and at every memory call)
                item.shared = args if item.shareable(args) else None
                answer("result " + json.dumps(value, separators=(",", ":"), allow_nan=False))
            elif words[0] == "prep":
                batch_input = int(words[1])
                first, batch_seed = timed_calls[batch_input], int(words[3]) if len(words) > 3 else None

                def seed_of(j, first=first, batch_seed=batch_seed):
                    return first + j if batch_seed is None else batch_seed
                gc.unfreeze()
                gc.collect()  # the cycles the last batch left, while no copies are held: quick
                # the collector left out while the copies are built, and the copies left out of every collection
                # while they are timed: building 572 copies of a 781-node list took 280 ms with it on, as it walked
                # the nodes built so far again and again, and collecting them all afterwards 66 ms; now 90 ms in all
                gc.disable()
                try:
                    batch = inputs[batch_input].batch(int(words[2]), lambda j: random.seed(f"receiver {seed_of(j)}"))
                finally:
                    gc.enable()
                gc.freeze()
                kept = kept_randoms(g)  # here, as the secrets module may be imported by a call
                answer(f"ok {len(batch)}")
            elif words[0] == "go":
                for j, (method, args) in enumerate(batch):
                    random.seed(seed_of(j))  # the same work in every rescoring (about 1 us)
                    for generator in kept:
                        generator.seed(random.getrandbits(64))
                    method(*args)
                timed_calls[batch_input] += len(batch)
                answer("done")
                batch = []  # freed after the answer: not part of the timed window
                gc.unfreeze()
            elif words[0] == "count" and COUNTING:
                item = inputs[int(words[1])]
                method, args = item.fresh()
                gc.collect()
                # the answer too: a program can tell it is counted (counting is loaded), and the scorer checks it
                units, value = counting.counted_call(method, args)
                answer(f"count {units} " + json.dumps(item.to_json(value), separators=(",", ":"), allow_nan=False))
            elif words[0] == "mem":
                method, args = inputs[int(words[1])].batch(1)[0]
                gc.collect()
                answer(f"mem {peak_memory(method, args)}")
            elif words[0] == "quit":
                return
            else:
                answer("error unknown command " + words[0])
        except BaseException as e:  # noqa: B036 - the candidate's failure is reported, the server goes on
            answer("error " + one_line(e))


def peak_memory(method, args):
    """tracemalloc's peak of one call: by _memtrace (memtrace.c, built into the image), which keeps no tracebacks
    and slows the call far less; by tracemalloc itself where the module is missing (a harness run outside the image)
    or numpy is loaded, whose arrays report their data to tracemalloc alone (PyTraceMalloc_Track)."""
    if _memtrace is not None and "numpy" not in sys.modules:
        _memtrace.start()
        try:
            method(*args)
        finally:
            peak = _memtrace.stop()
        return peak
    tracemalloc.start()
    try:
        method(*args)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def one_line(e):
    return f"{type(e).__name__}: {e}".replace("\n", " ")


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return harness.EXIT_HARNESS
    commands = os.fdopen(3, "r", encoding="utf-8")
    answers = os.fdopen(4, "w", encoding="utf-8")
    sys.setrecursionlimit(1_000_000)
    threading.stack_size(256 * 1024 * 1024)
    worker = threading.Thread(target=serve, args=(argv, commands, answers))
    worker.start()
    worker.join()
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    os._exit(code)
