/* Readings of the container's cgroup and of /proc (measure.h). */
#define _GNU_SOURCE
#include "measure.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

long long now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

ssize_t read_small(const char *path, char *buf, size_t size) {
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) return -1;
    size_t len = 0;
    while (len + 1 < size) {
        ssize_t n = read(fd, buf + len, size - 1 - len);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        len += (size_t) n;
    }
    close(fd);
    buf[len] = '\0';
    return (ssize_t) len;
}

/* The value of "key N" in a flat keyed file (cpu.stat, memory.events, memory.oom_control), or -1. */
static long long keyed_value(const char *path, const char *key) {
    char buf[4096];
    if (read_small(path, buf, sizeof buf) < 0) return -1;
    size_t klen = strlen(key);
    for (char *line = buf; line && *line; ) {
        if (strncmp(line, key, klen) == 0 && line[klen] == ' ') return atoll(line + klen + 1);
        line = strchr(line, '\n');
        if (line) line++;
    }
    return -1;
}

/* A file holding one number (cpuacct.usage, memory.limit_in_bytes, memory.max), or -1 ("max" is -1 too). */
static long long single_value(const char *path) {
    char buf[64];
    if (read_small(path, buf, sizeof buf) <= 0) return -1;
    if (buf[0] < '0' || buf[0] > '9') return -1;
    return atoll(buf);
}

long long cgroup_cpu_us(void) {
    long long v = keyed_value("/sys/fs/cgroup/cpu.stat", "usage_usec");
    if (v >= 0) return v;
    static const char *v1[] = {"/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage",
                               "/sys/fs/cgroup/cpuacct,cpu/cpuacct.usage", NULL};
    for (int i = 0; v1[i]; i++) {
        long long ns = single_value(v1[i]);
        if (ns >= 0) return ns / 1000;
    }
    return -1;
}

long long cgroup_oom_kills(void) {
    long long v = keyed_value("/sys/fs/cgroup/memory.events", "oom_kill");
    if (v >= 0) return v;
    return keyed_value("/sys/fs/cgroup/memory/memory.oom_control", "oom_kill");
}

long long cgroup_limit_hits(void) {
    long long v = keyed_value("/sys/fs/cgroup/memory.events", "max");
    if (v >= 0) return v;
    return single_value("/sys/fs/cgroup/memory/memory.failcnt");
}

long long cgroup_memory_limit(void) {
    long long v = single_value("/sys/fs/cgroup/memory.max");
    if (v > 0) return v;
    v = single_value("/sys/fs/cgroup/memory/memory.limit_in_bytes");
    if (v > 0 && v < (1LL << 60)) return v;
    return -1;
}

long long schedstat_ns(pid_t pid, int field) {
    if (pid <= 0) return -1;
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", (int) pid);
    DIR *dir = opendir(path);
    if (!dir) return -1;
    long long total = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char file[320], buf[128];
        snprintf(file, sizeof file, "/proc/%d/task/%s/schedstat", (int) pid, e->d_name);
        if (read_small(file, buf, sizeof buf) <= 0) continue;
        long long values[2];
        if (sscanf(buf, "%lld %lld", &values[0], &values[1]) == 2) total += values[field ? 1 : 0];
    }
    closedir(dir);
    return total;
}

long long run_delay_ns(pid_t pid) {
    return schedstat_ns(pid, 1);
}

long long status_kb(pid_t pid, const char *key) {
    char path[64], buf[4096];
    snprintf(path, sizeof path, "/proc/%d/status", (int) pid);
    if (read_small(path, buf, sizeof buf) <= 0) return -1;
    size_t klen = strlen(key);
    for (char *line = buf; line && *line; ) {
        if (strncmp(line, key, klen) == 0 && line[klen] == ':') return atoll(line + klen + 1);
        line = strchr(line, '\n');
        if (line) line++;
    }
    return -1;
}
