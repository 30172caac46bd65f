"""Local Arbiter nodes for the benchmarks: a PostgreSQL container (arbiter-postgres:1, which `./arbiter cluster up`
builds) and Arbiter processes from the packaged jar (mvn package), each with its own role, port and log file."""
import json, os, socket, subprocess, tempfile, time, urllib.error, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "target", "quarkus-app", "quarkus-run.jar")


class Database:
    """PostgreSQL 15 for a benchmark, published on 127.0.0.1:port: on the host from Debian's postgresql-15 when it is
    installed (a process of its own, scheduled like the nodes), else in a container of arbiter-postgres:1. On an
    engine with cgroup v1 all containers share one CPU weight against the host's processes, so a containerised
    database is starved first when the machine is busy."""

    HOST_BIN = "/usr/lib/postgresql/15/bin"

    def __init__(self, port, name, where="auto"):
        self.port, self.name = port, name
        self.host = where == "host" or (where == "auto" and os.path.exists(os.path.join(self.HOST_BIN, "initdb")))
        if self.host:
            self.dir = tempfile.mkdtemp(prefix=f"{name}-")
            os.chmod(self.dir, 0o777)
            data = os.path.join(self.dir, "data")
            pw = os.path.join(self.dir, "pw")
            open(pw, "w").write("arbiter\n")
            os.chmod(pw, 0o644)
            self._as_postgres([f"{self.HOST_BIN}/initdb", "-D", data, "-U", "arbiter", f"--pwfile={pw}",
                               "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"])
            self._as_postgres([f"{self.HOST_BIN}/pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "start",
                               "-o", f"-p {port} -k {self.dir} -c listen_addresses=127.0.0.1 -c max_connections=300"])
            self.exec(["psql", "-d", "postgres", "-c", "create database arbiter"])
        else:
            subprocess.run(["docker", "rm", "-f", name], capture_output=True)
            subprocess.run(["docker", "run", "-d", "--name", name, "-p", f"127.0.0.1:{port}:5432",
                            "-e", "POSTGRES_PASSWORD=arbiter", "-e", "POSTGRES_MAX_CONNECTIONS=300",
                            "arbiter-postgres:1"], check=True, capture_output=True)
            for _ in range(120):
                if self.exec(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode == 0:
                    break
                time.sleep(0.5)
            else:
                raise RuntimeError("PostgreSQL did not start")
        self.url = f"jdbc:postgresql://127.0.0.1:{port}/arbiter"

    def where(self):
        return "on the host" if self.host else "in a container"

    def _as_postgres(self, args):
        subprocess.run(["runuser", "-u", "postgres", "--"] + args, check=True, capture_output=True)

    def exec(self, args, input=None, check=True):
        """Runs a PostgreSQL client program (psql, pgbench, ...) against this database, as the arbiter user."""
        if self.host:
            args = [f"{self.HOST_BIN}/{args[0]}", "-h", "127.0.0.1", "-p", str(self.port), "-U", "arbiter"] + args[1:]
        else:
            args = ["docker", "exec", "-i", self.name, args[0], "-U", "arbiter"] + args[1:]
        return subprocess.run(args, input=input, capture_output=True, text=True, check=check)

    def put(self, path):
        """Makes a local file readable by exec'd programs; returns the path they see it at."""
        if self.host:
            return path
        subprocess.run(["docker", "cp", path, f"{self.name}:/tmp/{os.path.basename(path)}"], check=True)
        return f"/tmp/{os.path.basename(path)}"

    def sql(self, query):
        """Rows of a query as lists of strings (psql -A, '|' separated)."""
        out = self.exec(["psql", "-d", "arbiter", "-tAq", "-v", "ON_ERROR_STOP=1"], input=query).stdout
        return [line.split("|") for line in out.splitlines() if line]

    def close(self):
        if self.host:
            subprocess.run(["runuser", "-u", "postgres", "--", f"{self.HOST_BIN}/pg_ctl", "-D",
                            os.path.join(self.dir, "data"), "-m", "fast", "stop"], capture_output=True)
            subprocess.run(["rm", "-rf", self.dir])
        else:
            subprocess.run(["docker", "rm", "-f", self.name], capture_output=True)


class Node:
    """One Arbiter process; `settings` are -D system properties."""

    def __init__(self, db, role, port, log_dir, settings=None):
        self.port = port
        args = ["java", "-XX:+UseSerialGC", "-Xmx512m", f"-Dquarkus.http.port={port}",
                f"-Dquarkus.datasource.jdbc.url={db.url}", "-Dquarkus.datasource.username=arbiter",
                "-Dquarkus.datasource.password=arbiter", f"-Darbiter.role={role}"]
        args += [f"-D{k}={v}" for k, v in (settings or {}).items()]
        self.log = os.path.join(log_dir, f"{role}-{port}.log")
        self.process = subprocess.Popen(args + ["-jar", JAR], cwd=ROOT, stdout=open(self.log, "ab"),
                                        stderr=subprocess.STDOUT)
        self.node_id = f"{socket.gethostname()}/{self.process.pid}"

    def wait_ready(self, timeout=180):
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"node exited, see {self.log}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/health/ready", timeout=2) as r:
                    if r.status == 200:
                        return self
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"node not ready, see {self.log}")

    def kill(self):
        self.process.kill()  # SIGKILL
        self.process.wait()

    def stop(self, timeout=60):
        if self.process.poll() is None:
            self.process.terminate()  # SIGTERM: graceful stop
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def log_dir(name):
    return tempfile.mkdtemp(prefix=f"arbiter-{name}-")


def post_json(url, body, timeout=30):
    """(status, headers, parsed body) of a JSON POST; 4xx/5xx are answers, not exceptions."""
    req = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.headers, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def sandboxes_of(node_ids):
    """Sandbox containers on this engine labelled with one of the node ids."""
    ids = []
    for node in node_ids:
        out = subprocess.run(["docker", "ps", "-aq", "--filter", f"label=arbiter.node={node}"],
                             capture_output=True, text=True).stdout.split()
        ids += out
    return ids
