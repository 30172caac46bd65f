"""Arbiter's Python harness: runs a LeetCode-style solution on one test read from stdin.

harness.py --check SPEC SOURCE   syntax check (exit 1 with "solution.py:LINE: message" on stderr)
harness.py SPEC SOURCE           run; the JSON result goes to fd 3, the candidate's prints to stdout
harness.py --bench SPEC SOURCE REPEATS
                                 time REPEATS calls on the same input (fresh arguments each time) and one
                                 more under tracemalloc; fd 3 gets {"ns": [...], "peak_bytes": N}
Exit codes: 0 ok, 1 the candidate's exception, 3 out of memory, 4 harness error (bad spec or input).
"""
import json
import os
import sys
import threading
import traceback

EXIT_EXCEPTION, EXIT_MEMORY, EXIT_HARNESS = 1, 3, 4
FILE = "solution.py"


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right


def prelude():
    """The names a LeetCode solution may use without importing them."""
    import bisect, collections, functools, heapq, itertools, math, operator, random, re, string, typing
    g = {"__name__": "solution", "__builtins__": __builtins__}
    for module in (typing, collections, heapq, bisect, functools, itertools, math):
        g.update({k: v for k, v in vars(module).items() if not k.startswith("_")})
    g.update(bisect=bisect, collections=collections, functools=functools, heapq=heapq, itertools=itertools,
             math=math, operator=operator, random=random, re=re, string=string, typing=typing,
             inf=float("inf"), ListNode=ListNode, TreeNode=TreeNode)
    return g


# ---- conversions between JSON and the declared types (Java spelling, see docs/PROBLEM_FORMAT.md) ----

def to_list_node(values):
    head = tail = None
    for v in values or []:
        node = ListNode(v)
        if head is None:
            head = tail = node
        else:
            tail.next = node
            tail = node
    return head


def to_tree_node(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue, i = [root], 1
    for node in queue:
        if i >= len(values):
            break
        if i < len(values) and values[i] is not None:
            node.left = TreeNode(values[i])
            queue.append(node.left)
        i += 1
        if i < len(values) and values[i] is not None:
            node.right = TreeNode(values[i])
            queue.append(node.right)
        i += 1
    return root


def from_value(value, type_name):
    t = type_name.replace(" ", "")
    if t == "ListNode":
        out, seen = [], 0
        while value is not None:
            out.append(value.val)
            value = value.next
            seen += 1
            if seen > 10_000_000:
                raise ValueError("the returned list has a cycle")
        return out
    if t == "TreeNode":
        out, queue = [], [value]
        for node in queue:
            if node is None:
                out.append(None)
            else:
                out.append(node.val)
                queue.append(node.left)
                queue.append(node.right)
        while out and out[-1] is None:
            out.pop()
        return out
    if t in ("double", "float"):
        return float(value)
    if t == "void":
        return None
    if isinstance(value, (tuple, set, frozenset)):
        value = list(value)
    if isinstance(value, list):
        inner = element_type(t)
        return [from_value(v, inner) if inner else plain(v) for v in value]
    return plain(value)


def plain(value):
    if isinstance(value, (tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def element_type(t):
    if t.endswith("[]"):
        return t[:-2]
    if t.startswith("List<") and t.endswith(">"):
        inner = t[5:-1]
        return {"Integer": "int", "Long": "long", "Double": "double", "Boolean": "boolean",
                "Character": "char"}.get(inner, inner)
    return None


def to_value(json_value, type_name):
    t = type_name.replace(" ", "")
    if t == "ListNode":
        return to_list_node(json_value)
    if t == "TreeNode":
        return to_tree_node(json_value)
    if t in ("double", "float") and json_value is not None:
        return float(json_value)
    return json_value


# ---- running ----

class HarnessError(Exception):
    pass


def load(source_path):
    with open(source_path, encoding="utf-8") as f:
        source = f.read()
    g = prelude()
    exec(compile(source, FILE, "exec"), g)
    return g


def signature_call(spec, g, lines):
    """The candidate's method and a factory of fresh arguments (the call may mutate them)."""
    sig = spec["signature"]
    params = sig.get("params") or []
    if len(lines) != len(params):
        raise HarnessError(f"expected {len(params)} input lines, got {len(lines)}")
    parsed = [json.loads(line) for line in lines]
    cls = g.get("Solution")
    if cls is None:
        raise CandidateError("NameError: define class Solution")
    method = getattr(cls(), sig["method"], None)
    if method is None:
        raise CandidateError(f"AttributeError: class Solution has no method {sig['method']}")
    return method, lambda: [to_value(json.loads(json.dumps(v)), p["type"]) for v, p in zip(parsed, params)]


def bench(spec, g, lines, repeats):
    import time, tracemalloc
    method, fresh = signature_call(spec, g, lines)
    times = []
    for _ in range(repeats):
        args = fresh()
        start = time.perf_counter_ns()
        method(*args)
        times.append(time.perf_counter_ns() - start)
    args = fresh()
    tracemalloc.start()
    method(*args)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"ns": times, "peak_bytes": peak}


def run_signature(spec, g, lines):
    sig = spec["signature"]
    params = sig.get("params") or []
    if len(lines) != len(params):
        raise HarnessError(f"expected {len(params)} input lines, got {len(lines)}")
    args = [to_value(json.loads(line), p["type"]) for line, p in zip(lines, params)]
    cls = g.get("Solution")
    if cls is None:
        raise CandidateError("NameError: define class Solution")
    method = getattr(cls(), sig["method"], None)
    if method is None:
        raise CandidateError(f"AttributeError: class Solution has no method {sig['method']}")
    return from_value(method(*args), sig["returns"])


def run_design(spec, g, lines):
    design = spec["design"]
    if len(lines) != 2:
        raise HarnessError("a design test has two lines: operations and arguments")
    ops, args = json.loads(lines[0]), json.loads(lines[1])
    cls = g.get(design["class"])
    if cls is None:
        raise CandidateError(f"NameError: define class {design['class']}")
    methods = {m["name"]: m for m in design.get("methods", [])}
    ctor_params = (design.get("constructor") or {}).get("params") or []
    obj = cls(*[to_value(a, p["type"]) for a, p in zip(args[0], ctor_params)])
    results = [None]
    for op, op_args in zip(ops[1:], args[1:]):
        m = methods.get(op)
        if m is None:
            raise HarnessError(f"unknown operation {op}")
        fn = getattr(obj, op, None)
        if fn is None:
            raise CandidateError(f"AttributeError: class {design['class']} has no method {op}")
        value = fn(*[to_value(a, p["type"]) for a, p in zip(op_args, m.get("params") or [])])
        results.append(from_value(value, m.get("returns", "void")))
    return results


class CandidateError(Exception):
    pass


def candidate_traceback(exc):
    """The traceback limited to the candidate's own frames, as Python prints it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == FILE]
    lines = ["Traceback (most recent call last):\n"] + traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)


def main(argv):
    if len(argv) == 4 and argv[1] == "--check":
        try:
            with open(argv[3], encoding="utf-8") as f:
                compile(f.read(), FILE, "exec")
            return 0
        except SyntaxError as e:
            sys.stderr.write(f"{FILE}:{e.lineno}: {e.msg}\n")
            if e.text:
                sys.stderr.write("    " + e.text.rstrip() + "\n")
            return EXIT_EXCEPTION
    repeats = None
    if len(argv) == 5 and argv[1] == "--bench":
        repeats = int(argv[4])
        argv = [argv[0], argv[2], argv[3]]
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return EXIT_HARNESS
    try:
        with open(argv[1], encoding="utf-8") as f:
            spec = json.load(f)
        lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        sys.stderr.write(f"harness: bad spec or input: {e}\n")
        return EXIT_HARNESS
    outcome = {}

    def target():
        try:
            g = load(argv[2])
            if repeats is not None:
                outcome["result"] = bench(spec, g, lines, repeats)
            else:
                runner = run_design if spec.get("mode") == "design" else run_signature
                outcome["result"] = runner(spec, g, lines)
        except MemoryError:
            outcome["memory"] = True
        except HarnessError as e:
            outcome["harness"] = str(e)
        except CandidateError as e:
            outcome["error"] = str(e) + "\n"
        except RecursionError as e:
            outcome["error"] = candidate_traceback(e)
        except BaseException as e:  # the candidate's exception, whatever it is
            outcome["error"] = candidate_traceback(e)

    sys.setrecursionlimit(1_000_000)
    threading.stack_size(256 * 1024 * 1024)
    worker = threading.Thread(target=target)
    worker.start()
    worker.join()
    sys.stdout.flush()
    if "memory" in outcome:
        sys.stderr.write("MemoryError\n")
        return EXIT_MEMORY
    if "harness" in outcome:
        sys.stderr.write("harness: " + outcome["harness"] + "\n")
        return EXIT_HARNESS
    if "error" in outcome:
        sys.stderr.write(outcome["error"])
        return EXIT_EXCEPTION
    try:
        text = json.dumps(outcome["result"], separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as e:
        sys.stderr.write(f"TypeError: the returned value cannot be converted to the declared type: {e}\n")
        return EXIT_EXCEPTION
    with os.fdopen(3, "w", encoding="utf-8") as result:
        result.write(text)
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
