/* The runner's side of its protocol with the host: framed commands on stdin, framed replies on stdout, and the
 * growable, capped buffers that hold what programs write. */
#ifndef ARBITER_WIRE_H
#define ARBITER_WIRE_H

#include <stddef.h>

/* Bytes kept up to `keep`; `total` counts everything offered, so a flood is seen without being stored. */
typedef struct { char *data; size_t len, cap, total, keep; } buffer;

void buffer_append(buffer *b, const char *src, size_t n);
void buffer_consume(buffer *b, size_t n);

#define MAX_OPTS 16

/* One command: `VERB LENGTH key=value...` and its payload. */
typedef struct {
    char verb[16];
    char *keys[MAX_OPTS], *values[MAX_OPTS];
    int nopts;
    char *payload;
    size_t len;
    char header[1024];
} command;

/* Reads the next command; 1 on success, 0 at the end of input, -1 on a malformed command (the host's fault). */
int read_command(command *c);

const char *opt(const command *c, const char *key);
long long opt_num(const command *c, const char *key, long long fallback);

int write_all(int fd, const char *data, size_t len);
void reply_header(const char *verb, size_t len);
void reply_bytes(const char *data, size_t len);
void reply_flush(void);

#endif
