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
 *     list's first item is compared before and after the call, and a pop from the end moves nothing. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <frameobject.h>
#include <math.h>
#include <string.h>

static long long total;

static int on_trace(PyObject *unused, PyFrameObject *frame, int what, PyObject *arg) {
    if (what == PyTrace_OPCODE) {
        total++;
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
    if (strcmp(name, "pop") == 0) {
        popping = self;
        popped_from = n;
        popped_first = n > 0 ? PyList_GET_ITEM(self, 0) : NULL;
    } else if (strcmp(name, "sort") == 0) {
        if (n > 1) total += (long long) ((double) n * log2((double) n));
    } else if (linear(name)) {
        total += n;
    }
    return 0;
}

static PyObject *start(PyObject *module, PyObject *noargs) {
    total = 0;
    popping = NULL;
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
    {"start", start, METH_NOARGS, "Counts from now on, in this thread, from zero."},
    {"stop", stop, METH_NOARGS, "Stops counting; returns the count."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_opcount", "counting.py's count in C", -1, methods};

PyMODINIT_FUNC PyInit__opcount(void) {
    return PyModule_Create(&module);
}
