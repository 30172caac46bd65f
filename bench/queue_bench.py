#!/usr/bin/env python3
"""Queue benchmark (not a test): bursts of submissions against a queue cap while worker processes are killed with
SIGKILL at random moments; every accepted submission must be judged exactly once. Starts its own PostgreSQL
(arbiter-postgres:1, built by `./arbiter cluster up`), one API node and N worker processes from the packaged jar
(mvn package), and prints accepted, refused, judged, lost and duplicated; docs/BENCHMARKS.md records the figures.

    python3 bench/queue_bench.py [--submissions 1000] [--burst 100] [--cap 200] [--workers 4] [--kills 20]
"""
import argparse, collections, concurrent.futures, os, random, re, subprocess, sys, threading, time
import nodes

PROBLEM = "climbing-stairs"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--submissions", type=int, default=1000)
    p.add_argument("--burst", type=int, default=100, help="submissions sent at once in each burst")
    p.add_argument("--gap", type=float, default=3.0, help="seconds between bursts")
    p.add_argument("--cap", type=int, default=200, help="arbiter.submission.max-queued of the API node")
    p.add_argument("--workers", type=int, default=4, help="worker processes (one judge thread each)")
    p.add_argument("--kills", type=int, default=20)
    p.add_argument("--lease", type=int, default=10, help="arbiter.judge.lease-seconds of the workers")
    p.add_argument("--max-attempts", type=int, default=3, help="arbiter.judge.max-attempts (claims before INTERNAL_ERROR)")
    p.add_argument("--timeout", type=int, default=1500, help="seconds before the run is given up")
    p.add_argument("--db", choices=("auto", "host", "container"), default="auto")
    p.add_argument("--db-port", type=int, default=15432)
    a = p.parse_args()
    source = open(os.path.join(nodes.ROOT, "problems", PROBLEM, "solutions", "accepted", "solution.py")).read()
    logs = nodes.log_dir("queue-bench")
    print(f"queue benchmark: {a.submissions} submissions of {PROBLEM} (python) in bursts of {a.burst} every {a.gap} s, "
          f"queue cap {a.cap}, {a.workers} worker processes, {a.kills} SIGKILLs, lease {a.lease} s, "
          f"max attempts {a.max_attempts}; "
          f"{os.cpu_count()} cores; logs in {logs}")
    db = nodes.Database(a.db_port, "arbiter-bench-pg", a.db)
    print(f"PostgreSQL {db.where()}")
    api = nodes.Node(db, "api", nodes.free_port(), logs, {"arbiter.submission.max-queued": a.cap}).wait_ready()
    worker_settings = {"arbiter.judge.workers": 1, "arbiter.judge.lease-seconds": a.lease,
                       "arbiter.judge.max-attempts": a.max_attempts,
                       "arbiter.judge.heartbeat-seconds": 1, "arbiter.calibration.enabled": "false",
                       "quarkus.log.category.\"dev.arbiter.judge.JudgeRecorder\".level": "DEBUG"}
    lock = threading.Lock()
    workers = [nodes.Node(db, "worker", nodes.free_port(), logs, worker_settings) for _ in range(a.workers)]
    all_workers = list(workers)
    for w in workers:
        w.wait_ready()

    accepted, refused, errors = [], [], collections.Counter()
    started = time.time()

    def submit(_):
        status, headers, body = nodes.post_json(f"http://127.0.0.1:{api.port}/api/submissions",
                                                {"problem": PROBLEM, "language": "python", "source": source})
        with lock:
            if status == 201:
                accepted.append(body["id"])
            elif status == 429 and headers.get("Retry-After"):
                refused.append(int(headers["Retry-After"]))
            else:
                errors[status] += 1

    def submitter():
        with concurrent.futures.ThreadPoolExecutor(32) as pool:
            sent = 0
            while sent < a.submissions:
                n = min(a.burst, a.submissions - sent)
                list(pool.map(submit, range(n)))
                sent += n
                time.sleep(a.gap)

    sending = threading.Thread(target=submitter)
    sending.start()

    def unfinished():
        return int(db.sql("select count(*) from submission where state <> 'DONE'")[0][0])

    # a kill at a random moment of a worker that is up (and so judging when there is work); its replacement starts
    # at once and is a candidate for a later kill once it is ready
    def start_worker():
        w = nodes.Node(db, "worker", nodes.free_port(), logs, worker_settings)
        w.ready = False
        threading.Thread(target=lambda: (w.wait_ready(), setattr(w, "ready", True)), daemon=True).start()
        return w

    for w in workers:
        w.ready = True
    kills = 0
    while kills < a.kills and time.time() - started < a.timeout:
        time.sleep(random.uniform(1.0, 6.0))
        if not sending.is_alive() and unfinished() == 0:
            break
        up = [i for i, w in enumerate(workers) if w.ready]
        if not up:
            continue
        victim = random.choice(up)
        workers[victim].kill()
        kills += 1
        workers[victim] = start_worker()
        all_workers.append(workers[victim])
    sending.join()
    while unfinished() > 0 and time.time() - started < a.timeout:
        time.sleep(1)
    elapsed = time.time() - started

    rows = {r[0]: r[1:] for r in db.sql(
        "select s.id, s.state, coalesce(s.verdict, ''), s.attempt, s.tests_total, "
        "(select count(*) from test_result t where t.submission_id = s.id), "
        "(select count(distinct attempt) from test_result t where t.submission_id = s.id) from submission s")}
    finishes = collections.Counter()
    for w in all_workers:
        for line in open(w.log, errors="replace"):
            m = re.search(r"Judged ([0-9a-f-]{36}) \(attempt", line)
            if m:
                finishes[m.group(1)] += 1
    judged = [i for i in accepted if i in rows and rows[i][0] == "DONE"]
    lost = [i for i in accepted if i not in rows or rows[i][0] != "DONE"]
    # a verdict written twice, results of two attempts side by side, or an accepted one with tests missing or doubled
    duplicated = [i for i in judged if finishes[i] > 1 or int(rows[i][5]) > 1
                  or (rows[i][1] == "ACCEPTED" and int(rows[i][4]) != int(rows[i][3]))]
    verdicts = collections.Counter(rows[i][1] for i in judged)
    attempts = collections.Counter(int(rows[i][2]) for i in judged)
    for w in workers:
        w.stop()
    api.stop()
    leftover = nodes.sandboxes_of([w.node_id for w in all_workers])
    if leftover:
        subprocess.run(["docker", "rm", "-f"] + leftover, capture_output=True)
    db.close()

    print(f"accepted {len(accepted)}, refused {len(refused)} (429 with Retry-After {sorted(set(refused))} s), "
          f"other errors {dict(errors)}")
    print(f"judged {len(judged)}, lost {len(lost)}, duplicated {len(duplicated)}; verdicts {dict(verdicts)}; "
          f"claims per submission {dict(sorted(attempts.items()))} (a claim beyond the first follows a killed worker, "
          f"or a live one whose heartbeat came later than the lease); {kills} workers killed with SIGKILL")
    print(f"{elapsed:.0f} s in all: {len(judged) / elapsed * 60:.0f} submissions per minute with {a.workers} worker "
          f"processes on {os.cpu_count()} cores; sandboxes left by killed workers and removed at the end: {len(leftover)}")
    return 0 if not lost and not duplicated and not errors and len(judged) == len(accepted) else 1


if __name__ == "__main__":
    sys.exit(main())
