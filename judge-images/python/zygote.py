"""Arbiter's Python fork server: the runner's worker for Python (judge-images/README.md, "The runner").

zygote.py MODE SPEC SOURCE      MODE: harness (signature and design problems) or stdio

It loads the harness, reads and compiles the solution once, then forks a child per test, so a test costs a fork
instead of an interpreter start, and no test sees what another left behind. On fd 3, a socket to the runner:
  -> "ready" (or "failed" and exit 1, with the compiler's diagnostics on stderr)
  <- "run CPU_MS" with four descriptors: the test's stdin, stdout, stderr and result channel
  -> "pid N", then "exit STATUS MAXRSS_KB" when the child ended (STATUS as waitpid gives it)
The solution's code runs only in the children, which close the socket first: they cannot speak for the server.
"""
import ctypes
import os
import resource
import socket
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

PR_SET_DUMPABLE = 4


def not_dumpable():
    """The children run as the same user: they must not read this process's memory or descriptors."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    except OSError:
        pass


def preload(source):
    """Libraries a solution imports are imported here once, so each test's fork has them for free."""
    for name in ("numpy", "sortedcontainers"):
        if name in source:
            try:
                __import__(name)
            except ImportError:
                pass


def child(mode, spec, code, env, fds, cpu_ms):
    """In the forked child: the test's descriptors become 0-3, then the solution runs; never returns."""
    status = harness.EXIT_HARNESS
    try:
        os.setpgid(0, 0)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        os.closerange(4, 1024)
        seconds = (cpu_ms + 999) // 1000 + 1
        resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
        sys.stdin = open(0, encoding="utf-8", errors="replace", closefd=False)
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)
        if mode == "stdio":
            status = harness.run_script(code)
        else:
            lines = [line for line in sys.stdin.read().splitlines() if line.strip()]
            status = harness.run_test(spec, code, lines, env)
    except BaseException as e:  # noqa: BLE001 - the server's own failure in this child
        try:
            os.write(2, f"harness: {e}\n".encode())
        except OSError:
            pass
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:  # noqa: BLE001
            pass
        os._exit(status if isinstance(status, int) and 0 <= status < 256 else 1)


def serve(control, mode, spec, code, env):
    while True:
        try:
            message, fds, _, _ = socket.recv_fds(control, 256, 4)
        except OSError:
            return 0
        if not message:
            return 0
        words = message.decode("ascii", "replace").split()
        if len(words) != 2 or words[0] != "run" or len(fds) != 4:
            for fd in fds:
                os.close(fd)
            return 4
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            control.close()
            child(mode, spec, code, env, fds, int(words[1]))
        for fd in fds:
            os.close(fd)
        control.sendall(f"pid {pid}\n".encode())
        _, status, usage = os.wait4(pid, 0)
        control.sendall(f"exit {status} {usage.ru_maxrss}\n".encode())


def main(argv):
    if len(argv) != 4 or argv[1] not in ("harness", "stdio"):
        sys.stderr.write(__doc__)
        return harness.EXIT_HARNESS
    not_dumpable()
    control = socket.socket(fileno=3)
    mode, spec, env = argv[1], None, None
    if harness.check(argv[3]) != 0:
        control.sendall(b"failed\n")
        return harness.EXIT_EXCEPTION
    try:
        if mode == "harness":
            import json
            with open(argv[2], encoding="utf-8") as f:
                spec = harness.check_spec(json.load(f))
            env = harness.prelude()
        source = harness.read_source(argv[3])
        code = harness.compile_source(argv[3])
    except (OSError, ValueError) as e:
        sys.stderr.write(f"harness: bad spec: {e}\n")
        control.sendall(b"failed\n")
        return harness.EXIT_HARNESS
    preload(source)
    control.sendall(b"ready\n")
    return serve(control, mode, spec, code, env)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
