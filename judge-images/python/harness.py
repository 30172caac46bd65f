"""Arbiter's Python harness: runs a LeetCode-style solution on one test read from stdin.

harness.py --check SPEC SOURCE   syntax check (exit 1 with "solution.py:LINE: message" on stderr)
harness.py SPEC SOURCE           run; the JSON result goes to fd 3, the candidate's prints to stdout
(serve.py, for performance measurements, imports this module)
Exit codes: 0 ok, 1 the candidate's exception, 3 out of memory, 4 harness error (bad spec or input).
"""
import collections
import json
import linecache
import os
import sys
import threading
import traceback

EXIT_EXCEPTION, EXIT_MEMORY, EXIT_HARNESS = 1, 3, 4
FILE = "solution.py"
# Deep enough for a recursive pass over 10^5 nodes with 2x to spare; a runaway recursion reaches it in about
# 0.1 s of CPU (docs/SECURITY.md, "Recursion"), where 10^6 took seconds and ran into the time limit instead.
RECURSION_LIMIT = 200_000
SOLUTION_STACK_BYTES = 256 << 20  # recursion through C code (sorted with a key, __init__) uses the C stack too
TRACE_KEEP = 10


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
    """The names a LeetCode solution may use without importing them (as `from X import *` would give them)."""
    import bisect, builtins, collections, functools, heapq, itertools, math, operator, random, re, string, typing
    g = {"__name__": "solution", "__builtins__": __builtins__}
    for module in (typing, collections, heapq, bisect, functools, itertools, math):
        names = getattr(module, "__all__", None) or [k for k in vars(module) if not k.startswith("_")]
        # never shadow a builtin: math.pow would replace pow(base, exp, mod)
        g.update({k: getattr(module, k) for k in names if hasattr(module, k) and not hasattr(builtins, k)})
    g.update(bisect=bisect, collections=collections, functools=functools, heapq=heapq, itertools=itertools,
             math=math, operator=operator, random=random, re=re, string=string, typing=typing,
             ascii_lowercase=string.ascii_lowercase, ascii_uppercase=string.ascii_uppercase,
             ascii_letters=string.ascii_letters, digits=string.digits,
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


SCALARS = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool) and -2**31 <= v < 2**31,
    "long": lambda v: isinstance(v, int) and not isinstance(v, bool) and -2**63 <= v < 2**63,
    "double": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "char": lambda v: isinstance(v, str) and len(v) == 1,
    "String": lambda v: isinstance(v, str),
}


def to_value(json_value, type_name):
    """The Python argument for a JSON input value of the declared type; ValueError when they do not match."""
    t = type_name.replace(" ", "")
    if t in ("ListNode", "TreeNode"):
        if json_value is not None and (not isinstance(json_value, list)
                                       or not all(SCALARS["int"](v) or (v is None and t == "TreeNode")
                                                  for v in json_value)):
            raise ValueError(f"expected {t} as an array of integers, got {short(json_value)}")
        return to_list_node(json_value) if t == "ListNode" else to_tree_node(json_value)
    check = SCALARS.get(t)
    if check is not None:
        if json_value is None and t == "String":
            return None
        if not check(json_value):
            raise ValueError(f"expected {t}, got {short(json_value)}")
        return float(json_value) if t in ("double", "float") else json_value
    inner = element_type(t)
    if inner is None:
        raise ValueError(f"unsupported type {type_name}")
    if json_value is None:
        return None
    if not isinstance(json_value, list):
        raise ValueError(f"expected {t} as an array, got {short(json_value)}")
    return [to_value(v, inner) for v in json_value]


def short(value):
    text = json.dumps(value)
    return text if len(text) <= 40 else text[:37] + "..."


def arguments(values, params, where):
    """Converts one call's JSON arguments; problems of the test data are harness errors, not the candidate's."""
    if not isinstance(values, list) or len(values) != len(params):
        raise HarnessError(f"{where}: expected {len(params)} arguments, got {short(values)}")
    out = []
    for value, p in zip(values, params):
        try:
            out.append(to_value(value, p["type"]))
        except ValueError as e:
            raise HarnessError(f"{where}, parameter {p.get('name', '?')}: {e}") from None
    return out


# ---- running ----

class HarnessError(Exception):
    pass


class CandidateError(Exception):
    pass


def load(source_path):
    g = prelude()
    exec(compile_source(source_path), g)
    return g


def parse_lines(lines, count, what):
    if len(lines) != count:
        raise HarnessError(f"expected {count} input lines ({what}), got {len(lines)}")
    try:
        return [json.loads(line) for line in lines]
    except ValueError as e:
        raise HarnessError(f"input is not JSON: {e}") from None


def solution_method(g, name):
    cls = g.get("Solution")
    if not isinstance(cls, type):
        raise CandidateError("NameError: define class Solution")
    if not callable(getattr(cls, name, None)):
        raise CandidateError(f"AttributeError: class Solution has no method {name}")
    return getattr(cls(), name)


def run_signature(spec, g, lines):
    sig = spec["signature"]
    params = sig.get("params") or []
    args = arguments(parse_lines(lines, len(params), "one JSON value per parameter"), params, "input")
    method = solution_method(g, sig["method"])
    return from_value(method(*args), sig.get("returns", "void"))


def design_plan(spec, g, lines):
    """A design test checked and converted once: (the class, the operations, their arguments, the method specs)."""
    design = spec["design"]
    ops, args = parse_lines(lines, 2, "operations and arguments")
    name = design["class"]
    if not isinstance(ops, list) or not isinstance(args, list) or len(ops) != len(args) or not ops:
        raise HarnessError("operations and arguments must be arrays of the same, non-zero length")
    if ops[0] != name:
        raise HarnessError(f"the first operation must be the constructor {name}, got {short(ops[0])}")
    methods = {m["name"]: m for m in design.get("methods") or []}
    ctor_params = (design.get("constructor") or {}).get("params") or []
    calls = [arguments(args[0], ctor_params, f"operation 0 ({name})")]
    for i, op in enumerate(ops[1:], 1):
        if op not in methods:
            raise HarnessError(f"operation {i}: unknown operation {short(op)}")
        calls.append(arguments(args[i], methods[op].get("params") or [], f"operation {i} ({op})"))
    cls = g.get(name)
    if not isinstance(cls, type):
        raise CandidateError(f"NameError: define class {name}")
    for op in methods:
        if op in ops and not callable(getattr(cls, op, None)):
            raise CandidateError(f"AttributeError: class {name} has no method {op}")
    return cls, ops, calls, methods


def play(cls, ops, calls):
    """Constructs the class and runs every operation in order: the raw return values, None for the constructor."""
    obj = cls(*calls[0])
    return [None] + [getattr(obj, op)(*op_args) for op, op_args in zip(ops[1:], calls[1:])]


def design_results(ops, methods, values):
    return [None] + [from_value(v, methods[op].get("returns", "void")) for op, v in zip(ops[1:], values[1:])]


def run_design(spec, g, lines):
    cls, ops, calls, methods = design_plan(spec, g, lines)
    return design_results(ops, methods, play(cls, ops, calls))


def candidate_traceback(exc):
    """The traceback limited to the candidate's own frames, as Python prints it; a deep recursion keeps its first
    and last frames and says how many were left out."""
    head, tail, own = [], collections.deque(maxlen=TRACE_KEEP), 0
    for frame, line in traceback.walk_tb(exc.__traceback__):
        if frame.f_code.co_filename != FILE:
            continue
        own += 1
        if len(head) < TRACE_KEEP:
            head.append((frame, line))
        else:
            tail.append((frame, line))
    omitted = own - len(head) - len(tail)
    formatted = traceback.StackSummary.extract(head).format()
    if omitted:
        formatted.append(f"  ... {omitted} more frames ...\n")
    formatted += traceback.StackSummary.extract(list(tail)).format()
    lines = ["Traceback (most recent call last):\n"] + formatted
    lines += traceback.format_exception_only(type(exc), exc)
    if isinstance(exc, RecursionError):
        lines.append(f"(recursion too deep: more than {RECURSION_LIMIT} nested calls)\n")
    return "".join(lines)


def read_source(path):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    # tracebacks show the candidate's lines although the file is not at ./solution.py
    linecache.cache[FILE] = (len(source), None, source.splitlines(True), FILE)
    return source


def check(path):
    source = ""
    try:
        source = read_source(path)
        compile(source, FILE, "exec")
        return 0
    except SyntaxError as e:
        kind = "" if type(e) is SyntaxError else type(e).__name__ + ": "
        sys.stderr.write(f"{FILE}:{e.lineno}: {kind}{e.msg}\n")
        lines = source.splitlines()
        # the line from the source itself: CPython may read e.text from a "solution.py" in the working directory
        text = lines[e.lineno - 1] if e.lineno and 0 < e.lineno <= len(lines) else None
        if text is not None and text.strip():
            text = text.rstrip()
            sys.stderr.write("    " + text + "\n")
            if e.offset and 0 < e.offset <= len(text) + 1:
                pad = "".join(c if c == "\t" else " " for c in text[:e.offset - 1])
                sys.stderr.write("    " + pad + "^\n")
        return EXIT_EXCEPTION
    except UnicodeDecodeError as e:
        sys.stderr.write(f"{FILE}:1: the source is not valid UTF-8 ({e.reason})\n")
        return EXIT_EXCEPTION
    except ValueError as e:  # null bytes
        sys.stderr.write(f"{FILE}:1: {e}\n")
        return EXIT_EXCEPTION


def check_spec(spec):
    if not isinstance(spec, dict):
        raise ValueError("the spec is not a JSON object")
    mode = spec.get("mode", "signature")
    if mode == "signature":
        sig = spec.get("signature")
        if not isinstance(sig, dict) or not isinstance(sig.get("method"), str) \
                or not isinstance(sig.get("params", []), list):
            raise ValueError("signature mode needs signature.method and signature.params")
    elif mode == "design":
        design = spec.get("design")
        if not isinstance(design, dict) or not isinstance(design.get("class"), str) \
                or not isinstance(design.get("methods", []), list):
            raise ValueError("design mode needs design.class and design.methods")
    else:
        raise ValueError(f"mode {mode!r} does not use the harness")
    return spec


def limit_memory():
    """With ARBITER_MEMORY_MB (the problem's limit) set, the data segment may grow by that much from here: running
    out of memory is then the program's own MemoryError (exit 3), before the container's cgroup limit, where the
    kernel would kill a process of the sandbox (a second kill, while the first victim is freed, can hit runguard).
    Called on the solution thread, whose large stack is mapped by then."""
    mb = os.environ.get("ARBITER_MEMORY_MB")
    if not mb:
        return
    import resource
    with open("/proc/self/status", encoding="ascii") as f:
        data_kb = next(int(line.split()[1]) for line in f if line.startswith("VmData:"))
    limit = data_kb * 1024 + int(mb) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def on_solution_thread(body):
    """Runs body() on a thread with a large stack and the recursion limit, as the solution's code needs; returns
    what it returned, or re-raises what it raised."""
    outcome = {}

    def target():
        try:
            threading.stack_size(0)  # the large stack is this thread's; threads the solution starts get the usual one
            limit_memory()
            outcome["value"] = body()
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            outcome["raised"] = e

    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(SOLUTION_STACK_BYTES)
    worker = threading.Thread(target=target)
    worker.start()
    worker.join()
    threading.stack_size(0)
    if "raised" in outcome:
        raise outcome["raised"]
    return outcome.get("value")


def run_test(spec, code, lines, g=None):
    """Runs one signature or design test of the compiled solution; writes the JSON result to fd 3 and returns the
    exit code (EXIT_*). g: the globals to run the solution in (a fresh prelude when None)."""
    def body():
        env = prelude() if g is None else g
        exec(code, env)
        runner = run_design if spec.get("mode") == "design" else run_signature
        return runner(spec, env, lines)

    try:
        result = on_solution_thread(body)
    except MemoryError:
        sys.stdout.flush()
        sys.stderr.write("MemoryError\n")
        return EXIT_MEMORY
    except HarnessError as e:
        sys.stdout.flush()
        sys.stderr.write("harness: " + str(e) + "\n")
        return EXIT_HARNESS
    except CandidateError as e:
        sys.stdout.flush()
        sys.stderr.write(str(e) + "\n")
        return EXIT_EXCEPTION
    except BaseException as e:  # noqa: BLE001 - the candidate's exception, whatever it is
        sys.stdout.flush()
        sys.stderr.write(candidate_traceback(e))
        return EXIT_EXCEPTION
    sys.stdout.flush()
    try:
        text = json.dumps(result, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as e:
        sys.stderr.write(f"TypeError: the returned value cannot be converted to the declared type: {e}\n")
        return EXIT_EXCEPTION
    with os.fdopen(3, "w", encoding="utf-8") as out:
        out.write(text)
    return 0


def run_script(code):
    """Runs a stdio program as `python3 solution.py` would, on the solution thread; returns its exit code."""
    import builtins

    def body():
        exec(code, {"__name__": "__main__", "__builtins__": builtins, "__file__": FILE})

    try:
        on_solution_thread(body)
        return 0
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            return e.code or 0
        sys.stderr.write(str(e.code) + "\n")
        return 1
    except BaseException as e:  # noqa: BLE001 - the program's exception, reported as Python would
        sys.stdout.flush()
        sys.stderr.write(candidate_traceback(e))
        return EXIT_EXCEPTION
    finally:
        sys.stdout.flush()


def compile_source(path):
    """The solution's code object; SyntaxError and friends propagate (check() reports them)."""
    return compile(read_source(path), FILE, "exec")


def main(argv):
    """One test, one process: harness.py SPEC SOURCE < TEST (the fork server, zygote.py, is what the judge uses)."""
    if len(argv) == 4 and argv[1] == "--check":
        return check(argv[3])
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return EXIT_HARNESS
    try:
        with open(argv[1], encoding="utf-8") as f:
            spec = check_spec(json.load(f))
        lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        sys.stderr.write(f"harness: bad spec or input: {e}\n")
        return EXIT_HARNESS
    if check(argv[2]) != 0:
        return EXIT_EXCEPTION
    return run_test(spec, compile_source(argv[2]), lines)


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
