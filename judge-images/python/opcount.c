/* _opcount: counting.py's count in C, the same events counted four times faster.
 *
 * A trace function written in Python costs a Python call per instruction (and 3.11 copies the frame's locals into a
 * dict and back around each); this one is a C function installed with PyEval_SetTrace, so an instruction costs the
 * interpreter's own tracing step and an increment. It counts what counting.py's Python tracer counts, event for
 * event (judge-images/tests/test_counting.py compares the two inside the image):
 *   - every opcode event of every Python frame started while counting (a frame's first event turns its opcode
 *     events on and its line events off);
 *   - list.sort on n items as n log2 n, list.insert / remove / index / count as n (profile events of C calls whose
 *     bound self is a list);
 *   - list.pop as the n - 1 items it moved when it took the first one (a queue kept in a list: q.pop(0) moves the
 *     rest, so a breadth-first search with it is quadratic): the call's arguments are not in the event, so the
 *     list's first item is compared before and after the call, and a pop from the end moves nothing (with
 *     operands, the index is read instead, and a pop from anywhere counts the items behind it);
 *   - with operands (what a score counts): the work in C of an instruction whose operands show it, read from the
 *     frame's value stack as the instruction is about to run (CPython 3.11's own frame layout, from its internal
 *     headers; the Python tracer cannot see that stack, so the comparison with it counts without operands):
 *       `x in seq` on a list or tuple, the items compared until the first equal one (every item where they are not
 *       ints, strings or floats, whose comparison could run Python code), and on a string, its length;
 *       `seq[i:j]` on a list, tuple, string or bytes, the items copied;
 *       `del xs[i]` and `xs.pop(i)` on a list, the items moved;
 *       `a + b` on two lists or two tuples, the items copied, and `xs += ys` on a list, the items appended;
 *       `seq * k` on a list, tuple, string or bytes, the items written;
 *       a call of sum, min, max, list, tuple, set, frozenset, dict or collections.deque on a list, tuple, string,
 *       bytes, dict or set, a dict's keys(), values() or items(), or a range, its items; `sep.join(xs)`,
 *       `xs.extend(ys)`, `s.update(ys)`, `d.update(e)` the argument's items, `xs.copy()` its own; `a & b`, `a | b`,
 *       `a - b`, `a ^ b` on sets and their in-place forms, and the set methods that do the same, what CPython walks
 *       (set_operation); the same over map, filter, zip, enumerate or reversed of those,
 *       the items they have left (`",".join(map(str, xs))`: n); `s.split()`, `s.count(c)`, `s.find(t)` and the other
 *       STRING_WALKS on a str, its length, and BYTES_WALKS on bytes or a bytearray, theirs; `dict.fromkeys(xs)`, xs's
 *       items; any and all on a list or tuple, the items read until their answer; `xs.reverse()`, the list's
 *       length; `x in dq`, `dq.index(x)` and `dq.remove(x)` on a deque the items compared, `dq.count(x)` all;
 *       `xs.sort()` with no key= or reverse=, on plain items, n (1 + log2 r) for the r runs Timsort merges
 *       (sort_work) instead of the profile's n log2 n. */
#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE_MODULE
#define NEED_OPCODE_TABLES /* _PyOpcode_Deopt, this module's own copy: the specialised instructions' generic names */
#include <Python.h>
#include <frameobject.h>
#include <internal/pycore_frame.h>
#include <internal/pycore_opcode.h>
#include <math.h>
#include <string.h>

static long long total;
static int operands;

/* Whether x == item, told without running Python code: 1 equal, 0 not, -1 unknown (x is not of item's plain type, int,
 * str or float, so its == could be Python code, or the comparison failed). */
static int plain_equal(PyObject *x, PyObject *item) {
    if (x == item) return 1;
    PyTypeObject *type = Py_TYPE(item);
    int plain = type == &PyLong_Type || type == &PyUnicode_Type || type == &PyFloat_Type;
    if (!plain || Py_TYPE(x) != type) return -1;
    int equal = PyObject_RichCompareBool(x, item, Py_EQ);
    if (equal < 0) PyErr_Clear();
    return equal;
}

/* Items of seq compared by `item in seq` until the first equal one: all of them when none is equal, or when one could
 * not be compared without running Python code (plain_equal). */
static Py_ssize_t compared(PyObject *item, PyObject **items, Py_ssize_t n) {
    for (Py_ssize_t i = 0; i < n; i++) {
        int equal = plain_equal(items[i], item);
        if (equal < 0) return n;
        if (equal) return i + 1;
    }
    return n;
}

/* The items of a list, tuple, str or bytes, which a slice or a repetition of it copies; -1 for anything else. */
static Py_ssize_t sequence_length(PyObject *o) {
    if (PyList_CheckExact(o)) return PyList_GET_SIZE(o);
    if (PyTuple_CheckExact(o)) return PyTuple_GET_SIZE(o);
    if (PyUnicode_CheckExact(o)) return PyUnicode_GET_LENGTH(o);
    if (PyBytes_CheckExact(o)) return PyBytes_GET_SIZE(o);
    return -1;
}

/* CPython 3.11's own layouts of the lazy builtins (Python/bltinmodule.c, Objects/enumobject.c): what each walks. */
typedef struct { PyObject_HEAD PyObject *iters; PyObject *func; } map_layout;
typedef struct { PyObject_HEAD PyObject *func; PyObject *it; } filter_layout;
typedef struct { PyObject_HEAD Py_ssize_t tuplesize; PyObject *ittuple; PyObject *result; int strict; } zip_layout;
typedef struct { PyObject_HEAD Py_ssize_t en_index; PyObject *en_sit; PyObject *en_result; PyObject *en_longindex; }
    enumerate_layout;
typedef struct { PyObject_HEAD Py_ssize_t index; PyObject *seq; } reversed_layout;

static Py_ssize_t left_in(PyObject *it, int depth);

/* The items left in the shortest of a tuple of iterators (map and zip stop at it); -1 where one is unknown. */
static Py_ssize_t shortest(PyObject *iterators, int depth) {
    if (iterators == NULL || !PyTuple_CheckExact(iterators) || PyTuple_GET_SIZE(iterators) == 0) return -1;
    Py_ssize_t least = -1;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(iterators); i++) {
        Py_ssize_t n = left_in(PyTuple_GET_ITEM(iterators, i), depth);
        if (n < 0) return -1;
        if (least < 0 || n < least) least = n;
    }
    return least;
}

/* The items an iterator has left, where C alone makes them: a built-in iterator over a list, tuple, range, dict or
 * set (its own __length_hint__, C code for these exact types), and map, filter, zip and enumerate over such, and
 * reversed over a sequence; -1 for anything else (a generator's items are counted as its frame runs; map's function,
 * when it is Python code, counts its own instructions besides). */
static Py_ssize_t left_in(PyObject *it, int depth) {
    PyTypeObject *type = Py_TYPE(it);
    if (depth > 8) return -1;
    if (type == &PyListIter_Type || type == &PyListRevIter_Type || type == &PyTupleIter_Type
            || type == &PyRangeIter_Type || type == &PyLongRangeIter_Type || type == &PyDictIterKey_Type
            || type == &PyDictIterValue_Type || type == &PyDictIterItem_Type || type == &PySetIter_Type) {
        Py_ssize_t n = PyObject_LengthHint(it, -1);
        if (n < 0 && PyErr_Occurred()) PyErr_Clear();
        return n;
    }
    if (type == &PyMap_Type) return shortest(((map_layout *) it)->iters, depth + 1);
    if (type == &PyZip_Type) return shortest(((zip_layout *) it)->ittuple, depth + 1);
    if (type == &PyFilter_Type) {
        PyObject *inner = ((filter_layout *) it)->it;
        return inner != NULL ? left_in(inner, depth + 1) : -1;
    }
    if (type == &PyEnum_Type) {
        PyObject *inner = ((enumerate_layout *) it)->en_sit;
        return inner != NULL ? left_in(inner, depth + 1) : -1;
    }
    if (type == &PyReversed_Type) {
        reversed_layout *r = (reversed_layout *) it;
        return r->seq != NULL && r->index >= 0 ? r->index + 1 : 0;
    }
    return -1;
}

/* Builtins that walk a whole sequence given as their first argument: sum, min, max, and the list, tuple, set,
 * frozenset, dict and collections.deque types building a copy of it (not any and all, which stop at their answer).
 * Looked up when counting starts, so a program's own `sum` is its own. */
#define WALKERS 4
static PyObject *walkers[WALKERS];

/* collections.deque, where counting found it loaded (walkers' last entry), else NULL. */
static int is_deque(PyObject *o) {
    return walkers[WALKERS - 1] != NULL && (PyObject *) Py_TYPE(o) == walkers[WALKERS - 1];
}

/* The items a builtin walks in C over a list, tuple, str, bytes, dict, set or frozenset, a dict's keys(), values()
 * or items(), a range, a collections.deque, or an iterator that C alone makes the items of (left_in:
 * `",".join(map(str, xs))`); -1 for anything else (whose length could be Python code, or that a builtin walks lazily:
 * a generator's items are counted as its frame runs). */
static Py_ssize_t items_of(PyObject *o) {
    Py_ssize_t n = sequence_length(o);
    if (n >= 0) return n;
    if (PyDict_CheckExact(o)) return PyDict_GET_SIZE(o);
    if (PyAnySet_CheckExact(o)) return PySet_GET_SIZE(o);
    if (PyDictViewSet_Check(o) || PyDictValues_Check(o)) {
        PyDictObject *dict = ((_PyDictViewObject *) o)->dv_dict;
        return dict != NULL ? PyDict_GET_SIZE(dict) : -1;
    }
    if (PyRange_Check(o) || is_deque(o)) { /* their length is C arithmetic */
        n = PyObject_Size(o);
        if (n < 0) PyErr_Clear();
        return n;
    }
    return left_in(o, 0);
}

/* The items seq[slice] copies, when its bounds are ints or None (other bounds could run Python code); 0 otherwise. */
static Py_ssize_t sliced(PyObject *seq, PyObject *slice) {
    PySliceObject *s = (PySliceObject *) slice;
    PyObject *bounds[3] = {s->start, s->stop, s->step};
    for (int i = 0; i < 3; i++) if (bounds[i] != Py_None && !PyLong_CheckExact(bounds[i])) return 0;
    Py_ssize_t n = sequence_length(seq);
    if (n < 0) return 0;
    Py_ssize_t start, stop, step;
    if (PySlice_Unpack(slice, &start, &stop, &step) < 0) { PyErr_Clear(); return 0; }
    return PySlice_AdjustIndices(n, &start, &stop, step);
}

/* The items `seq * times` (or `times * seq`) writes on a list, tuple, str or bytes: [0] * n, n of them. */
static long long repeated(PyObject *seq, PyObject *times) {
    Py_ssize_t n = sequence_length(seq);
    if (n <= 0 || !PyLong_CheckExact(times)) return 0;
    Py_ssize_t k = PyLong_AsSsize_t(times);
    if (k == -1 && PyErr_Occurred()) { PyErr_Clear(); return 0; }
    return k > 0 && k <= PY_SSIZE_T_MAX / n ? (long long) n * k : 0;
}

/* The items `a + b` copies into a new list or tuple, and `a += b` on a list appends. */
static long long added(PyObject *a, PyObject *b, int in_place) {
    if (PyList_CheckExact(a) && in_place) {
        Py_ssize_t n = PyList_CheckExact(b) || PyTuple_CheckExact(b) ? sequence_length(b) : -1;
        return n > 0 ? n : 0;
    }
    if ((PyList_CheckExact(a) && PyList_CheckExact(b)) || (PyTuple_CheckExact(a) && PyTuple_CheckExact(b))) {
        return sequence_length(a) + sequence_length(b);
    }
    return 0;
}

/* The items `a & b`, `a | b`, `a - b` and `a ^ b` on two sets walk in C (CPython's set.c): an intersection the
 * smaller set's, a union and a symmetric difference both, a difference a's; in place (`a |= b`...) b's, and the
 * smaller one's for &=. 0 for anything else. */
static long long set_operation(PyObject *a, PyObject *b, int op) {
    if (!PyAnySet_Check(a) || !PyAnySet_Check(b)) return 0;
    Py_ssize_t na = PySet_GET_SIZE(a), nb = PySet_GET_SIZE(b);
    switch (op) {
    case NB_AND: case NB_INPLACE_AND: return na < nb ? na : nb;
    case NB_OR: case NB_XOR: return na + nb;
    case NB_SUBTRACT: return na;
    case NB_INPLACE_OR: case NB_INPLACE_XOR: case NB_INPLACE_SUBTRACT: return nb;
    default: return 0;
    }
}

/* The items a set method walks in C with an argument: union, difference and symmetric_difference copy the set and
 * walk the argument; intersection walks the smaller where both are sets, else the argument, as do the _update
 * forms; -1 for any other method. */
static Py_ssize_t set_method_work(PyObject *self, const char *name, PyObject *arg) {
    Py_ssize_t mine = PySet_GET_SIZE(self), theirs = items_of(arg);
    if (theirs < 0) return -1;
    if (!strcmp(name, "union") || !strcmp(name, "difference") || !strcmp(name, "symmetric_difference")) {
        return mine + theirs;
    }
    if (!strcmp(name, "intersection") || !strcmp(name, "intersection_update")) {
        return PyAnySet_Check(arg) && mine < theirs ? mine : theirs;
    }
    if (!strcmp(name, "update") || !strcmp(name, "difference_update") || !strcmp(name, "symmetric_difference_update")) {
        return theirs;
    }
    return -1;
}

/* The items behind index i (an int; a negative one counts from the end) that `del xs[i]` or `xs.pop(i)` moves. */
static Py_ssize_t moved_by_removing(PyObject *list, PyObject *index) {
    if (!PyLong_CheckExact(index)) return 0;
    Py_ssize_t n = PyList_GET_SIZE(list), i = PyLong_AsSsize_t(index);
    if (i == -1 && PyErr_Occurred()) { PyErr_Clear(); return 0; }
    if (i < 0) i += n;
    return i >= 0 && i < n ? n - 1 - i : 0;
}

/* any and all, which walk their argument until its first true (any) or false (all) item */
static PyObject *any_builtin, *all_builtin;

static int walks_its_argument(PyObject *callable) {
    if (callable == (PyObject *) &PyList_Type || callable == (PyObject *) &PyTuple_Type
            || callable == (PyObject *) &PySet_Type || callable == (PyObject *) &PyFrozenSet_Type
            || callable == (PyObject *) &PyDict_Type) return 1;
    for (int i = 0; i < WALKERS; i++) if (walkers[i] != NULL && callable == walkers[i]) return 1;
    return 0;
}

/* The str methods that walk the string in C: its length (a search that finds what it looks for early walks less,
 * and counts the whole string, as `x in s` does). */
static const char *const STRING_WALKS[] = {"split", "rsplit", "count", "find", "rfind", "index", "rindex", "replace",
                                          "lower", "upper", "encode", NULL};

/* The bytes and bytearray methods that walk their bytes in C, the same way: their length. */
static const char *const BYTES_WALKS[] = {"split", "rsplit", "count", "find", "rfind", "index", "rindex", "replace",
                                         "lower", "upper", "decode", "hex", NULL};

static int named_in(const char *name, const char *const *names) {
    for (int i = 0; names[i] != NULL; i++) if (strcmp(name, names[i]) == 0) return 1;
    return 0;
}

/* The items of a list or tuple whose truth any() and all() read until their answer: up to the first true one for any
 * (until = 1), the first false one for all (until = 0); every item where one is not of a type whose truth is C
 * alone (a class's __bool__ counts its own instructions, and the counter calls none). */
static Py_ssize_t walked_to_answer(PyObject *seq, int until) {
    PyObject **items;
    Py_ssize_t n;
    if (PyList_CheckExact(seq)) { items = ((PyListObject *) seq)->ob_item; n = PyList_GET_SIZE(seq); }
    else if (PyTuple_CheckExact(seq)) { items = ((PyTupleObject *) seq)->ob_item; n = PyTuple_GET_SIZE(seq); }
    else return 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = items[i];
        PyTypeObject *type = Py_TYPE(item);
        if (!(item == Py_None || type == &PyBool_Type || type == &PyLong_Type || type == &PyFloat_Type
                || type == &PyUnicode_Type || type == &PyBytes_Type || type == &PyList_Type || type == &PyTuple_Type
                || type == &PyDict_Type || type == &PySet_Type)) return n;
        int truth = PyObject_IsTrue(item);
        if (truth < 0) { PyErr_Clear(); return n; }
        if (truth == until) return i + 1;
    }
    return n;
}

/* The work of list.sort() on plain items, as Timsort does it: one pass finds the runs already in order (ascending,
 * or strictly descending, which it reverses), and merging r of them walks every item log2 r times: n (1 + log2 r).
 * Random items are in runs of about two, which is n log2 n as before; two sorted lists put together (sorted(a + b))
 * are two runs, merged in 2n. Items not all of one type of int, float or str (whose comparison could run Python
 * code) count n log2 n. */
static long long sort_work(PyObject *list) {
    Py_ssize_t n = PyList_GET_SIZE(list);
    if (n < 2) return 0;
    PyObject **items = ((PyListObject *) list)->ob_item;
    PyTypeObject *type = Py_TYPE(items[0]);
    long long guess = (long long) ((double) n * log2((double) n));
    if (type != &PyLong_Type && type != &PyFloat_Type && type != &PyUnicode_Type) return guess;
    for (Py_ssize_t i = 1; i < n; i++) if (Py_TYPE(items[i]) != type) return guess;
    Py_ssize_t runs = 0;
    for (Py_ssize_t i = 0; i < n; runs++) {
        if (i + 1 == n) { i++; continue; }
        int descending = PyObject_RichCompareBool(items[i + 1], items[i], Py_LT);
        if (descending < 0) { PyErr_Clear(); return guess; }
        i++;
        while (i + 1 < n) {
            int lower = PyObject_RichCompareBool(items[i + 1], items[i], Py_LT);
            if (lower < 0) { PyErr_Clear(); return guess; }
            if (lower != descending) break;
            i++;
        }
        i++;
    }
    return (long long) ((double) n * (1.0 + log2((double) runs)));
}

/* A list.sort() whose work the CALL before it counted (sort_work): its profile event adds nothing. */
static PyObject *sort_counted;

/* Items of a deque compared by `item in dq`, `dq.index(item)` or `dq.remove(item)`, as compared() counts a list's. */
static Py_ssize_t compared_in_deque(PyObject *item, PyObject *dq) {
    Py_ssize_t n = PyObject_Size(dq);
    if (n < 0) { PyErr_Clear(); return 0; }
    PyObject *it = PyObject_GetIter(dq), *x;
    if (it == NULL) { PyErr_Clear(); return n; }
    Py_ssize_t i = 0, walked = n;
    while ((x = PyIter_Next(it)) != NULL) {
        i++;
        int equal = plain_equal(x, item);
        Py_DECREF(x);
        if (equal != 0) {
            if (equal > 0) walked = i;
            break;
        }
    }
    if (PyErr_Occurred()) PyErr_Clear();
    Py_DECREF(it);
    return walked;
}

/* The items a method of a built-in type moves or walks in C: `xs.pop(i)` those behind i; `xs.extend(ys)`,
 * `s.update(ys)` and `sep.join(xs)` their argument's; `xs.copy()` on a list, dict or set its own; `xs.reverse()` a
 * list's; a deque's `count`, `copy` and `reverse` its own, its `extend` and `extendleft` their argument's, its `index`
 * and `remove` those compared; a str's STRING_WALKS its length; `dict.fromkeys(xs)` xs's. */
static Py_ssize_t method_work(PyObject *self, const char *name, PyObject **args, int n) {
    if (is_deque(self)) {
        if (n == 1 && strcmp(name, "count") == 0) return items_of(self);
        if (n >= 1 && (strcmp(name, "index") == 0 || strcmp(name, "remove") == 0)) return compared_in_deque(args[0], self);
        if (n == 1 && (strcmp(name, "extend") == 0 || strcmp(name, "extendleft") == 0)) return items_of(args[0]);
        if (n == 0 && (strcmp(name, "copy") == 0 || strcmp(name, "reverse") == 0)) return items_of(self);
        return 0;
    }
    if (PyList_Check(self)) {
        if (n == 0 && strcmp(name, "reverse") == 0) return PyList_GET_SIZE(self);
        if (n == 0 && strcmp(name, "sort") == 0) { /* with key= or reverse=, the profile's n log2 n */
            sort_counted = self;
            return sort_work(self);
        }
        if (n == 1 && strcmp(name, "pop") == 0) return moved_by_removing(self, args[0]);
        if (n == 1 && strcmp(name, "extend") == 0) return items_of(args[0]);
    }
    if (n == 0 && strcmp(name, "copy") == 0 && (PyList_Check(self) || PyDict_Check(self) || PyAnySet_Check(self))) {
        return items_of(self);
    }
    if (n == 1 && PyAnySet_Check(self)) {
        Py_ssize_t walked = set_method_work(self, name, args[0]);
        if (walked >= 0) return walked;
    }
    if (n == 1 && PyDict_Check(self) && strcmp(name, "update") == 0) return items_of(args[0]);
    if (n == 1 && (PyUnicode_Check(self) || PyBytes_Check(self) || PyByteArray_Check(self)) && strcmp(name, "join") == 0) {
        return items_of(args[0]);
    }
    if (PyUnicode_CheckExact(self) && named_in(name, STRING_WALKS)) return PyUnicode_GET_LENGTH(self);
    if (PyBytes_CheckExact(self) && named_in(name, BYTES_WALKS)) return PyBytes_GET_SIZE(self);
    if (PyByteArray_CheckExact(self) && named_in(name, BYTES_WALKS)) return PyByteArray_GET_SIZE(self);
    if (n >= 1 && self == (PyObject *) &PyDict_Type && strcmp(name, "fromkeys") == 0) return items_of(args[0]);
    return 0;
}

/* The work in C of a call about to run, from the stack CALL finds (CPython 3.11: [method, self, args...] or
 * [NULL, callable, args...], the last `n` being the arguments): a built-in type's method, found by LOAD_METHOD or
 * kept bound in a name (`pop = q.pop`), as method_work says; a walking builtin, its first argument's items. */
static long long call_work(_PyInterpreterFrame *f, int n) {
    if (f->stacktop - (n + 2) < f->f_code->co_nlocalsplus) return 0;
    PyObject **args = f->localsplus + f->stacktop - n;
    PyObject *method = args[-2], *callable = args[-1];
    if (callable == NULL) return 0;
    for (int i = 0; i < n; i++) if (args[i] == NULL) return 0;
    Py_ssize_t items = 0;
    if (method != NULL) {
        if (Py_TYPE(method) == &PyMethodDescr_Type) {
            items = method_work(callable, ((PyMethodDescrObject *) method)->d_method->ml_name, args, n);
        }
    } else if (callable == any_builtin || callable == all_builtin) {
        items = n == 1 ? walked_to_answer(args[0], callable == any_builtin) : 0;
    } else if (walks_its_argument(callable)) {
        items = n >= 1 ? items_of(args[0]) : 0;
    } else if (PyCFunction_Check(callable) && PyCFunction_GET_SELF(callable) != NULL
            && !PyModule_Check(PyCFunction_GET_SELF(callable))) {
        items = method_work(PyCFunction_GET_SELF(callable), ((PyCFunctionObject *) callable)->m_ml->ml_name, args, n);
    }
    return items > 0 ? items : 0;
}

/* The work in C of the instruction about to run, from its operands on the frame's value stack. */
static long long operand_work(PyFrameObject *frame) {
    _PyInterpreterFrame *f = frame->f_frame;
    if (f == NULL || f->prev_instr == NULL || f->stacktop < f->f_code->co_nlocalsplus + 2) return 0;
    int opcode = _PyOpcode_Deopt[_Py_OPCODE(*f->prev_instr)];
    PyObject *top = f->localsplus[f->stacktop - 1], *second = f->localsplus[f->stacktop - 2];
    if (top == NULL || second == NULL) return 0;
    switch (opcode) {
    case CONTAINS_OP: /* second in top */
        if (PyList_CheckExact(top)) return compared(second, ((PyListObject *) top)->ob_item, PyList_GET_SIZE(top));
        if (PyTuple_CheckExact(top)) return compared(second, ((PyTupleObject *) top)->ob_item, PyTuple_GET_SIZE(top));
        if (PyUnicode_CheckExact(top) && PyUnicode_CheckExact(second)) return PyUnicode_GET_LENGTH(top);
        if (is_deque(top)) return compared_in_deque(second, top);
        return 0;
    case BINARY_SUBSCR: /* second[top] */
        return PySlice_Check(top) ? sliced(second, top) : 0;
    case DELETE_SUBSCR: /* del second[top] */
        return PyList_CheckExact(second) ? moved_by_removing(second, top) : 0;
    case BINARY_OP: /* second + top, second * top, second += top, second & top... */
        switch (_Py_OPARG(*f->prev_instr)) {
        case NB_ADD: return added(second, top, 0);
        case NB_INPLACE_ADD: return added(second, top, 1);
        case NB_MULTIPLY: return repeated(second, top) + repeated(top, second);
        default: return set_operation(second, top, _Py_OPARG(*f->prev_instr));
        }
    case CALL:
        return call_work(f, _Py_OPARG(*f->prev_instr));
    default:
        return 0;
    }
}

static int on_trace(PyObject *unused, PyFrameObject *frame, int what, PyObject *arg) {
    if (what == PyTrace_OPCODE) {
        total++;
        if (operands) total += operand_work(frame);
    } else if (what == PyTrace_CALL) {
        if (PyObject_SetAttrString((PyObject *) frame, "f_trace_opcodes", Py_True) < 0) return -1;
        if (PyObject_SetAttrString((PyObject *) frame, "f_trace_lines", Py_False) < 0) return -1;
    }
    return 0;
}

static int linear(const char *name) {
    return !strcmp(name, "insert") || !strcmp(name, "remove") || !strcmp(name, "index") || !strcmp(name, "count");
}

/* A list.pop under way: its list, its length and its first item (compared by address only) when it was called. */
static PyObject *popping;
static PyObject *popped_first;
static Py_ssize_t popped_from;

static int on_profile(PyObject *unused, PyFrameObject *frame, int what, PyObject *arg) {
    if (what == PyTrace_C_RETURN && popping != NULL) {
        /* list.pop runs no Python code, so the next C return is its own */
        if (PyList_GET_SIZE(popping) == popped_from - 1 && popped_from > 1 && PyList_GET_ITEM(popping, 0) != popped_first) {
            total += popped_from - 1;
        }
        popping = NULL;
        return 0;
    }
    if (what == PyTrace_C_EXCEPTION) popping = NULL;
    if (what != PyTrace_C_CALL || !PyCFunction_Check(arg)) return 0;
    PyObject *self = PyCFunction_GET_SELF(arg);
    if (self == NULL || !PyList_Check(self)) return 0;
    const char *name = ((PyCFunctionObject *) arg)->m_ml->ml_name;
    Py_ssize_t n = PyList_GET_SIZE(self);
    if (strcmp(name, "pop") == 0 && !operands) { /* with operands, CALL's stack shows the index */
        popping = self;
        popped_from = n;
        popped_first = n > 0 ? PyList_GET_ITEM(self, 0) : NULL;
    } else if (strcmp(name, "sort") == 0) {
        if (sort_counted == self) sort_counted = NULL; /* counted at its CALL, from its runs */
        else if (n > 1) total += (long long) ((double) n * log2((double) n));
    } else if (linear(name)) {
        total += n;
    }
    return 0;
}

static PyObject *start(PyObject *module, PyObject *args) {
    operands = 1;
    if (!PyArg_ParseTuple(args, "|p", &operands)) return NULL;
    static const char *const names[WALKERS - 1] = {"sum", "min", "max"};
    PyObject *builtins = PyEval_GetBuiltins();
    for (int i = 0; i < WALKERS - 1; i++) walkers[i] = builtins ? PyDict_GetItemString(builtins, names[i]) : NULL;
    any_builtin = builtins ? PyDict_GetItemString(builtins, "any") : NULL;
    all_builtin = builtins ? PyDict_GetItemString(builtins, "all") : NULL;
    /* the deque type, where collections is loaded (the harness loads it); its reference stays in that module */
    PyObject *name = PyUnicode_FromString("collections");
    PyObject *collections = name != NULL ? PyImport_GetModule(name) : NULL;
    Py_XDECREF(name);
    walkers[WALKERS - 1] = NULL;
    if (collections != NULL) {
        PyObject *deque = PyObject_GetAttrString(collections, "deque");
        if (deque == NULL) PyErr_Clear();
        walkers[WALKERS - 1] = deque;
        Py_XDECREF(deque);
        Py_DECREF(collections);
    } else if (PyErr_Occurred()) {
        PyErr_Clear();
    }
    total = 0;
    popping = NULL;
    sort_counted = NULL;
    PyEval_SetProfile(on_profile, NULL);
    PyEval_SetTrace(on_trace, NULL);
    Py_RETURN_NONE;
}

static PyObject *stop(PyObject *module, PyObject *noargs) {
    PyEval_SetTrace(NULL, NULL);
    PyEval_SetProfile(NULL, NULL);
    return PyLong_FromLongLong(total);
}

static PyMethodDef methods[] = {
    {"start", start, METH_VARARGS, "start(operands=True): counts from now on, in this thread, from zero."},
    {"stop", stop, METH_NOARGS, "Stops counting; returns the count."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_opcount", "counting.py's count in C", -1, methods};

PyMODINIT_FUNC PyInit__opcount(void) {
    return PyModule_Create(&module);
}
