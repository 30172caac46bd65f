/* Framing of the runner's commands and replies (wire.h). */
#define _GNU_SOURCE
#include "wire.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_PAYLOAD ((size_t) 512 << 20)

void buffer_append(buffer *b, const char *src, size_t n) {
    b->total += n;
    if (b->len >= b->keep) return;
    if (n > b->keep - b->len) n = b->keep - b->len;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n) cap *= 2;
        if (cap > b->keep) cap = b->keep;
        char *data = realloc(b->data, cap);
        if (!data) { fprintf(stderr, "runner: out of memory\n"); exit(70); }
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, src, n);
    b->len += n;
}

void buffer_consume(buffer *b, size_t n) {
    if (n >= b->len) { b->len = 0; return; }
    memmove(b->data, b->data + n, b->len - n);
    b->len -= n;
}

/* stdin, read through a buffer of our own: the runner is its only reader */
static char in_buf[1 << 16];
static size_t in_len, in_pos;

static int in_fill(void) {
    if (in_pos < in_len) return 1;
    for (;;) {
        ssize_t n = read(0, in_buf, sizeof in_buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return 0;
        in_len = (size_t) n;
        in_pos = 0;
        return 1;
    }
}

static int read_exact(char *dst, size_t n) {
    while (n > 0) {
        if (!in_fill()) return -1;
        size_t take = in_len - in_pos < n ? in_len - in_pos : n;
        memcpy(dst, in_buf + in_pos, take);
        in_pos += take;
        dst += take;
        n -= take;
    }
    return 0;
}

static char *payload;
static size_t payload_cap;

int read_command(command *c) {
    size_t len = 0;
    for (;;) {
        if (!in_fill()) return len == 0 ? 0 : -1;
        char ch = in_buf[in_pos++];
        if (ch == '\n') break;
        if (len + 1 >= sizeof c->header) return -1;
        c->header[len++] = ch;
    }
    c->header[len] = '\0';
    c->nopts = 0;
    char *save = NULL;
    char *verb = strtok_r(c->header, " ", &save);
    char *size = strtok_r(NULL, " ", &save);
    if (!verb || !size || strlen(verb) >= sizeof c->verb) return -1;
    snprintf(c->verb, sizeof c->verb, "%s", verb);
    char *end;
    unsigned long long n = strtoull(size, &end, 10);
    if (*end || n > MAX_PAYLOAD) return -1;
    for (char *kv; (kv = strtok_r(NULL, " ", &save)) != NULL && c->nopts < MAX_OPTS; ) {
        char *eq = strchr(kv, '=');
        if (!eq) return -1;
        *eq = '\0';
        c->keys[c->nopts] = kv;
        c->values[c->nopts++] = eq + 1;
    }
    if (n + 1 > payload_cap) {
        char *grown = realloc(payload, (size_t) n + 1);
        if (!grown) return -1;
        payload = grown;
        payload_cap = (size_t) n + 1;
    }
    if (read_exact(payload, (size_t) n) != 0) return -1;
    payload[n] = '\0';
    c->payload = payload;
    c->len = (size_t) n;
    return 1;
}

const char *opt(const command *c, const char *key) {
    for (int i = 0; i < c->nopts; i++) if (strcmp(c->keys[i], key) == 0) return c->values[i];
    return NULL;
}

long long opt_num(const command *c, const char *key, long long fallback) {
    const char *v = opt(c, key);
    if (!v) return fallback;
    char *end;
    long long n = strtoll(v, &end, 10);
    return *end ? fallback : n;
}

int write_all(int fd, const char *data, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, data, len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        data += n;
        len -= (size_t) n;
    }
    return 0;
}

static char out_buf[1 << 16];
static size_t out_len;

void reply_flush(void) {
    if (out_len && write_all(1, out_buf, out_len) != 0) exit(74);
    out_len = 0;
}

void reply_bytes(const char *data, size_t len) {
    if (len == 0) return;
    if (out_len + len > sizeof out_buf) {
        reply_flush();
        if (len > sizeof out_buf) {
            if (write_all(1, data, len) != 0) exit(74);
            return;
        }
    }
    memcpy(out_buf + out_len, data, len);
    out_len += len;
}

void reply_header(const char *verb, size_t len) {
    char head[64];
    int n = snprintf(head, sizeof head, "%s %zu\n", verb, len);
    reply_bytes(head, (size_t) n);
}
