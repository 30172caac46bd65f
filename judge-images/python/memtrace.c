/* _memtrace: the peak of a call's traced memory, as tracemalloc counts it, without its tracebacks.
 *
 * tracemalloc records a traceback for every allocation, which made a scored call about four times slower than
 * untraced (most of a Python score's memory measurement). The peak needs only each live block's size: this hooks
 * the same three allocator domains (raw, mem, object), keeps address -> requested size in an open-addressing table,
 * and the sum of the sizes and its maximum, with tracemalloc's rules: blocks allocated before start() count nothing
 * when freed, a realloc counts the new block whole. judge-images/tests/test_memtrace.py compares the two peaks.
 *
 *   start()  begins tracing (traced and peak 0)
 *   stop()   ends it and returns the peak in bytes */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

typedef struct {
    uintptr_t key; /* 0: empty */
    size_t size;
} slot;

static slot *table;            /* libc memory: never goes through the hooks */
static size_t capacity, used;  /* capacity a power of two, used <= capacity / 2 */
static size_t traced, peak;
static int tracing;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* the raw domain is called without the GIL */
static PyMemAllocatorEx saved[3];
static const PyMemAllocatorDomain DOMAINS[3] = {PYMEM_DOMAIN_RAW, PYMEM_DOMAIN_MEM, PYMEM_DOMAIN_OBJ};

static size_t home(uintptr_t key) {
    return (size_t) ((key >> 4) * 0x9E3779B97F4A7C15ull) & (capacity - 1);
}

static int grow(void) {
    size_t old_capacity = capacity;
    slot *old = table;
    slot *bigger = calloc(old_capacity * 2, sizeof *bigger);
    if (!bigger) return -1;
    table = bigger;
    capacity = old_capacity * 2;
    for (size_t i = 0; i < old_capacity; i++) {
        if (!old[i].key) continue;
        size_t j = home(old[i].key);
        while (table[j].key) j = (j + 1) & (capacity - 1);
        table[j] = old[i];
    }
    free(old);
    return 0;
}

static void add(void *ptr, size_t size) {
    uintptr_t key = (uintptr_t) ptr;
    pthread_mutex_lock(&lock);
    if (tracing && (used + 1 <= capacity / 2 || grow() == 0)) {
        size_t j = home(key);
        while (table[j].key && table[j].key != key) j = (j + 1) & (capacity - 1);
        if (table[j].key) {
            traced -= table[j].size;
        } else {
            table[j].key = key;
            used++;
        }
        table[j].size = size;
        traced += size;
        if (traced > peak) peak = traced;
    }
    pthread_mutex_unlock(&lock);
}

/* linear probing's deletion: later entries of the run move back into the hole, so no tombstones pile up */
static void drop(void *ptr) {
    uintptr_t key = (uintptr_t) ptr;
    pthread_mutex_lock(&lock);
    if (tracing) {
        size_t j = home(key);
        while (table[j].key && table[j].key != key) j = (j + 1) & (capacity - 1);
        if (table[j].key) {
            traced -= table[j].size;
            used--;
            size_t hole = j;
            for (size_t k = (j + 1) & (capacity - 1); table[k].key; k = (k + 1) & (capacity - 1)) {
                size_t h = home(table[k].key);
                /* the entry at k may fill the hole when its home does not lie cyclically in (hole, k] */
                if ((k > hole && (h <= hole || h > k)) || (k < hole && h <= hole && h > k)) {
                    table[hole] = table[k];
                    hole = k;
                }
            }
            table[hole].key = 0;
            table[hole].size = 0;
        }
    }
    pthread_mutex_unlock(&lock);
}

static void *traced_malloc(void *ctx, size_t size) {
    PyMemAllocatorEx *inner = ctx;
    void *ptr = inner->malloc(inner->ctx, size);
    if (ptr) add(ptr, size);
    return ptr;
}

static void *traced_calloc(void *ctx, size_t nelem, size_t elsize) {
    PyMemAllocatorEx *inner = ctx;
    void *ptr = inner->calloc(inner->ctx, nelem, elsize);
    if (ptr) add(ptr, nelem * elsize);
    return ptr;
}

static void *traced_realloc(void *ctx, void *ptr, size_t size) {
    PyMemAllocatorEx *inner = ctx;
    void *moved = inner->realloc(inner->ctx, ptr, size);
    if (!moved) return NULL;
    if (ptr && moved != ptr) drop(ptr);
    add(moved, size);
    return moved;
}

static void traced_free(void *ctx, void *ptr) {
    PyMemAllocatorEx *inner = ctx;
    inner->free(inner->ctx, ptr);
    if (ptr) drop(ptr);
}

static PyObject *start(PyObject *module, PyObject *noargs) {
    if (tracing) {
        PyErr_SetString(PyExc_RuntimeError, "_memtrace is tracing already");
        return NULL;
    }
    capacity = 1 << 16;
    table = calloc(capacity, sizeof *table);
    if (!table) return PyErr_NoMemory();
    used = traced = peak = 0;
    tracing = 1;
    for (int d = 0; d < 3; d++) {
        PyMem_GetAllocator(DOMAINS[d], &saved[d]);
        PyMemAllocatorEx hook = {&saved[d], traced_malloc, traced_calloc, traced_realloc, traced_free};
        PyMem_SetAllocator(DOMAINS[d], &hook);
    }
    Py_RETURN_NONE;
}

static PyObject *stop(PyObject *module, PyObject *noargs) {
    if (!tracing) {
        PyErr_SetString(PyExc_RuntimeError, "_memtrace is not tracing");
        return NULL;
    }
    for (int d = 0; d < 3; d++) PyMem_SetAllocator(DOMAINS[d], &saved[d]);
    pthread_mutex_lock(&lock);
    tracing = 0;
    free(table);
    table = NULL;
    size_t result = peak;
    pthread_mutex_unlock(&lock);
    return PyLong_FromSize_t(result);
}

static PyMethodDef methods[] = {
    {"start", start, METH_NOARGS, "Start tracing allocations (traced and peak 0)."},
    {"stop", stop, METH_NOARGS, "Stop tracing; the peak of traced bytes since start."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_memtrace", NULL, -1, methods};

PyMODINIT_FUNC PyInit__memtrace(void) {
    return PyModule_Create(&module);
}
