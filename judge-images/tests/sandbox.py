"""Test support: a sandbox container started with the policy of dev.arbiter.sandbox.Sandbox, and a client of the
runner's protocol (judge-images/runner/runner.c) over `docker exec -i`."""
import json
import os
import subprocess
import uuid

PYTHON_IMAGE = os.environ.get("ARBITER_PYTHON_IMAGE", "arbiter-judge-python:1")
JAVA_IMAGE = os.environ.get("ARBITER_JAVA_IMAGE", "arbiter-judge-java:1")
JUDGE, CANDIDATE, REFERENCE = 0, 10001, 10002


class Sandbox:
    """One container, as the server starts them (keep in step with Sandbox.java)."""

    def __init__(self, image=PYTHON_IMAGE, memory_mb=512, pids=64):
        tmpfs = "rw,nosuid,nodev,size=64m"
        self.id = subprocess.run([
            "docker", "run", "-d", "--rm", "--network", "none", "--read-only",
            "--tmpfs", "/work:uid=0,gid=0,mode=0755," + tmpfs,
            "--tmpfs", "/tmp:uid=10001,gid=10001,mode=0700," + tmpfs,
            "--tmpfs", "/ref:uid=10002,gid=10002,mode=0700,rw,nosuid,nodev,size=16m",
            "--cap-drop", "ALL", "--cap-add", "SETUID", "--cap-add", "SETGID", "--cap-add", "KILL",
            "--security-opt", "no-new-privileges", "--pids-limit", str(pids),
            "--memory", f"{memory_mb}m", "--memory-swap", f"{memory_mb}m", "--cpus", "1",
            "--ulimit", "nofile=256:256", "--ulimit", "core=0", "-u", "0:0",
            "--label", "arbiter.sandbox=1", "--label", "arbiter.test=" + uuid.uuid4().hex,
            image, "sleep", "infinity"], check=True, capture_output=True, text=True).stdout.strip()

    def runner(self):
        return Runner(self.id)

    def close(self):
        subprocess.run(["docker", "rm", "-f", self.id], capture_output=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Runner:
    def __init__(self, container):
        self.proc = subprocess.Popen(["docker", "exec", "-i", "-u", "0", container, "/opt/arbiter/runner"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def _send(self, verb, payload=b"", **options):
        head = f"{verb} {len(payload)}" + "".join(f" {k}={v}" for k, v in options.items()) + "\n"
        self.proc.stdin.write(head.encode() + payload)
        self.proc.stdin.flush()

    def _reply(self):
        line = self.proc.stdout.readline().decode()
        if not line:
            raise RuntimeError("the runner stopped: " + self.proc.stderr.read().decode())
        verb, size = line.split()
        body = self.proc.stdout.read(int(size))
        if verb == "error":
            raise RuntimeError(body.decode())
        return verb, body

    def _report(self):
        verb, body = self._reply()
        assert verb == "report", verb
        head, _, rest = body.partition(b"\n")
        report = json.loads(head)
        a, b, c = report["stdout_bytes"], report["stderr_bytes"], report["result_bytes"]
        report["stdout"] = rest[:a].decode(errors="replace")
        report["stderr"] = rest[a:a + b].decode(errors="replace")
        report["result"] = rest[a + b:a + b + c].decode(errors="replace")
        return report

    def put(self, path, content, uid=JUDGE):
        self._send("put", content.encode() if isinstance(content, str) else content, path=path, uid=uid)
        verb, body = self._reply()
        assert verb == "ok", body

    def exec(self, argv, cpu=2000, wall=None, out=1 << 20, uid=CANDIDATE, stdin=b""):
        stdin = stdin.encode() if isinstance(stdin, str) else stdin
        payload = stdin + b"".join(a.encode() + b"\0" for a in argv)
        self._send("exec", payload, uid=uid, cpu=cpu, wall=wall or 2 * cpu + 1000, out=out, input=len(stdin))
        return self._report()

    def worker(self, argv, kind="fork", cpu=10000, wall=None):
        payload = b"".join(a.encode() + b"\0" for a in argv)
        self._send("worker", payload, uid=CANDIDATE, kind=kind, cpu=cpu, wall=wall or 2 * cpu + 1000, out=1 << 20)
        return self._report()

    def test(self, stdin, cpu=2000, wall=None, out=1 << 20):
        stdin = stdin.encode() if isinstance(stdin, str) else stdin
        self._send("test", stdin, cpu=cpu, wall=wall or 2 * cpu + 1000, out=out)
        return self._report()

    def close(self):
        try:
            self._send("end")
            self.proc.stdin.close()
        except (BrokenPipeError, ValueError):
            pass
        self.proc.wait(timeout=10)
        self.proc.stdout.close()
        self.proc.stderr.close()


def python_json(script, cpu=60000):
    """Runs a Python script as the candidate in a fresh sandbox of the Python image; its stdout, read as JSON."""
    with Sandbox() as box:
        runner = box.runner()
        try:
            runner.put("/tmp/script.py", script, uid=CANDIDATE)
            report = runner.exec(["python3", "/tmp/script.py"], uid=CANDIDATE, cpu=cpu, wall=2 * cpu + 1000)
        finally:
            runner.close()
    if report["exit_code"] != 0:
        raise AssertionError(report["stderr"])
    return json.loads(report["stdout"])

