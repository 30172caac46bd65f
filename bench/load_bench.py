#!/usr/bin/env python3
"""Read-load benchmark (not a test): 1,000 concurrent readers on one API node while the judge is busy: SSE streams
following live submissions and pollers reading a submission in a loop. Prints the submission GET latency (p50, p95,
p99, max) and every non-2xx answer. Starts its own PostgreSQL (arbiter-postgres:1), one API node and one worker
node from the packaged jar; docs/BENCHMARKS.md records the figures.

    python3 bench/load_bench.py [--streams 900] [--pollers 100] [--seconds 60] [--interval 0.5]
"""
import argparse, asyncio, collections, multiprocessing, os, random, resource, sys, threading, time, urllib.request
import nodes

PROBLEM = "climbing-stairs"


async def open_stream(port, path):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    status = int((await reader.readline()).split()[1])
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    return reader, writer, status


async def read_response(reader):
    status = int((await reader.readline()).split()[1])
    length, chunked = None, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b""):
            break
        name, _, value = line.decode().partition(":")
        if name.lower() == "content-length":
            length = int(value)
        elif name.lower() == "transfer-encoding" and "chunked" in value:
            chunked = True
    if chunked:
        while True:
            size = int((await reader.readline()).strip(), 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length:
        await reader.readexactly(length)
    return status


class Load:
    def __init__(self, port, recent):
        self.port, self.recent = port, recent
        self.latencies, self.statuses = [], collections.Counter()
        self.streams_done, self.stream_errors, self.events = 0, collections.Counter(), 0
        self.running = True

    async def poller(self, interval):
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        while self.running:
            sid = random.choice(self.recent)
            started = time.perf_counter()
            writer.write(f"GET /api/submissions/{sid} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
            await writer.drain()
            try:
                status = await read_response(reader)
            except (asyncio.IncompleteReadError, ConnectionError, ValueError, IndexError):
                self.statuses["connection error"] += 1
                reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
                continue
            self.latencies.append(time.perf_counter() - started)
            self.statuses[status] += 1
            await asyncio.sleep(interval * random.uniform(0.5, 1.5))
        writer.close()

    async def follower(self, think):
        """A user watching their submission live: follows one to 'done', reads it, then watches another."""
        await asyncio.sleep(random.uniform(0, think))
        while self.running:
            sid = self.recent[-1 - random.randrange(min(3, len(self.recent)))]
            try:
                reader, writer, status = await open_stream(self.port, f"/api/submissions/{sid}/events")
            except (ConnectionError, OSError, IndexError, ValueError) as e:
                self.stream_errors[type(e).__name__] += 1
                await asyncio.sleep(1)
                continue
            if status != 200:
                self.stream_errors[status] += 1
                writer.close()
                continue
            done = False
            while self.running and not done:
                line = await reader.readline()
                if not line:
                    break
                if line.startswith(b"event:"):
                    self.events += 1
                    done = line.strip() == b"event:done"
            writer.close()
            if done:
                self.streams_done += 1
            elif self.running:
                self.stream_errors["closed before done"] += 1
            await asyncio.sleep(random.uniform(think / 2, think * 1.5))


def feeder(api_port, db, recent, stop):
    """Keeps the judge busy: a few submissions always waiting, a Java one now and then."""
    sources = {lang: open(os.path.join(nodes.ROOT, "problems", PROBLEM, "solutions", "accepted", f)).read()
               for lang, f in (("python", "solution.py"), ("java", "Solution.java"))}
    while not stop.is_set():
        waiting = int(db.sql("select count(*) from submission where state <> 'DONE'")[0][0])
        if waiting < 4:
            lang = "java" if random.random() < 0.25 else "python"
            status, _, body = nodes.post_json(f"http://127.0.0.1:{api_port}/api/submissions",
                                              {"problem": PROBLEM, "language": lang, "source": sources[lang]})
            if status == 201:
                recent.append(body["id"])
                if len(recent) > 50:
                    del recent[0]
        stop.wait(0.3)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def measure(load, a, make_tasks):
    tasks = make_tasks()
    await asyncio.sleep(a.warmup)
    load.latencies.clear()
    load.statuses.clear()
    await asyncio.sleep(a.seconds)
    load.running = False
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    return load


def pollers(a, api_port, shared, results):
    """The pollers in a process of their own, so the streams' traffic does not delay the clock of the GETs."""
    async def go():
        load = Load(api_port, list(shared))

        async def refresh():
            while load.running:
                await asyncio.sleep(1)
                load.recent = list(shared)
        return await measure(load, a, lambda: [asyncio.create_task(refresh())]
                             + [asyncio.create_task(load.poller(a.interval)) for _ in range(a.pollers)])
    load = asyncio.run(go())
    results.put((load.latencies, dict(load.statuses)))


def streams(a, api_port, shared):
    async def go():
        load = Load(api_port, shared)
        return await measure(load, a, lambda: [asyncio.create_task(load.follower(a.think)) for _ in range(a.streams)])
    return asyncio.run(go())


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--streams", type=int, default=900)
    p.add_argument("--pollers", type=int, default=100)
    p.add_argument("--interval", type=float, default=0.5, help="seconds between a poller's GETs (on average)")
    p.add_argument("--think", type=float, default=20, help="seconds a stream's user waits before following another")
    p.add_argument("--seconds", type=int, default=60)
    p.add_argument("--warmup", type=int, default=15)
    p.add_argument("--judge-threads", type=int, default=2)
    p.add_argument("--db", choices=("auto", "host", "container"), default="auto")
    p.add_argument("--db-port", type=int, default=15433)
    a = p.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    logs = nodes.log_dir("load-bench")
    db = nodes.Database(a.db_port, "arbiter-bench-pg-load", a.db)
    api = nodes.Node(db, "api", nodes.free_port(), logs).wait_ready()
    worker = nodes.Node(db, "worker", nodes.free_port(), logs, {"arbiter.judge.workers": a.judge_threads,
                                                                 "arbiter.calibration.enabled": "false"}).wait_ready()
    manager = multiprocessing.Manager()
    recent, stop = manager.list(), threading.Event()
    feeding = threading.Thread(target=feeder, args=(api.port, db, recent, stop), daemon=True)
    feeding.start()
    while not recent:
        time.sleep(0.1)
    print(f"load benchmark: {a.streams} SSE streams + {a.pollers} pollers (one GET every ~{a.interval} s each) on one "
          f"API node, judge busy ({a.judge_threads} threads, {PROBLEM}); {a.seconds} s measured after {a.warmup} s; "
          f"PostgreSQL {db.where()}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before; logs in {logs}")
    judged_before = int(db.sql("select count(*) from submission where state = 'DONE'")[0][0])
    results = multiprocessing.Queue()
    polling = multiprocessing.Process(target=pollers, args=(a, api.port, recent, results))
    polling.start()
    load = streams(a, api.port, recent)
    latencies, statuses = results.get()
    polling.join()
    judged = int(db.sql("select count(*) from submission where state = 'DONE'")[0][0]) - judged_before
    metrics = urllib.request.urlopen(f"http://127.0.0.1:{api.port}/q/metrics").read().decode()
    pool = [l for l in metrics.splitlines() if l.startswith(("agroal_max_used_count", "agroal_awaiting_count"))]
    stop.set()
    worker.stop()
    api.stop()
    db.close()
    lat = latencies
    print(f"GET /api/submissions/{{id}}: {len(lat)} requests, {len(lat) / a.seconds:.0f}/s; "
          f"p50 {percentile(lat, 50) * 1000:.1f} ms, p95 {percentile(lat, 95) * 1000:.1f} ms, "
          f"p99 {percentile(lat, 99) * 1000:.1f} ms, max {max(lat) * 1000:.1f} ms; statuses {statuses}")
    print(f"SSE: {load.streams_done} streams followed to 'done', {load.events} events, errors {dict(load.stream_errors)}; "
          f"{judged} submissions judged meanwhile; pool: {'; '.join(pool)}; load average {os.getloadavg()[0]:.1f} after")
    server_errors = sum(n for s, n in statuses.items() if not isinstance(s, int) or s >= 500)
    return 0 if server_errors == 0 and percentile(lat, 99) <= 0.100 else 1


if __name__ == "__main__":
    sys.exit(main())
