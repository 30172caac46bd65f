#!/usr/bin/env python3
"""Claim benchmark (not a test): how many judge-queue claims per second PostgreSQL sustains, with pgbench running
the judge's own statements (JudgeQueue.failExhausted + claimNext, JudgeRecorder.finished; with --tests N also
started and N fenced test writes) from C concurrent clients on a backlog of queued submissions. This is where
PostgreSQL becomes the limit of a judge fleet. Starts its own PostgreSQL (arbiter-postgres:1) and migrates it with
one API node from the packaged jar; docs/BENCHMARKS.md and docs/DEPLOYMENT.md record the figures.

    python3 bench/claim_bench.py [--backlog 20000] [--clients 1,2,4,8,16] [--tests 0]
"""
import argparse, os, re, subprocess, sys, tempfile
import nodes

# the statements as the judge issues them (src/main/java/dev/arbiter/judge/JudgeQueue.java, JudgeRecorder.java)
CLAIM = """
update submission set state = 'DONE', verdict = 'INTERNAL_ERROR', finished_at = now(),
       message = 'the judge failed repeatedly on this submission', lease_owner = null
 where attempt >= 3 and (state = 'QUEUED' or (state = 'JUDGING' and lease_until < now()));
update submission s set state = 'JUDGING', attempt = s.attempt + 1, lease_owner = 'bench/' || :client_id,
       lease_until = now() + make_interval(secs => 30), started_at = now()
 where s.id = (select id from submission where (state = 'QUEUED' or (state = 'JUDGING' and lease_until < now()))
                  and attempt < 3 order by internal, created_at for update skip locked limit 1)
 returning s.id as id, s.attempt as attempt \\gset
delete from test_result where submission_id = :id and attempt < :attempt;
"""
STARTED = """
update submission set tests_total = {tests}, tests_passed = 0
 where id = :id and attempt = :attempt and lease_owner = 'bench/' || :client_id and state = 'JUDGING';
"""
TEST = """
begin;
update submission set tests_passed = {n}
 where id = :id and attempt = :attempt and lease_owner = 'bench/' || :client_id and state = 'JUDGING';
insert into test_result (submission_id, attempt, ordinal, test_name, sample, verdict, cpu_ms, wall_ms, memory_kb)
 values (:id, :attempt, {n}, 'secret/{n}', false, 'ACCEPTED', 20, 25, 9000);
commit;
"""
FINISH = """
update submission set state = 'DONE', verdict = 'ACCEPTED', message = null, tests_passed = {tests}, max_cpu_ms = 20,
       max_memory_kb = 9000, finished_at = now(), lease_owner = null, lease_until = null
 where id = :id and attempt = :attempt and lease_owner = 'bench/' || :client_id and state = 'JUDGING'
 returning language, internal, extract(epoch from finished_at - created_at);
"""


def script(tests):
    body = CLAIM + (STARTED.format(tests=tests) if tests else "")
    body += "".join(TEST.format(n=n) for n in range(tests))
    return body + FINISH.format(tests=tests)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--backlog", type=int, default=20000, help="queued submissions when each run starts")
    p.add_argument("--claims", type=int, default=20000, help="claims per run")
    p.add_argument("--clients", default="1,2,4,8,16")
    p.add_argument("--tests", type=int, default=0, help="also write N test results per claim, as a judging does")
    p.add_argument("--db-port", type=int, default=15434)
    p.add_argument("--db", choices=("auto", "host", "container"), default="auto")
    a = p.parse_args()
    logs = nodes.log_dir("claim-bench")
    db = nodes.Database(a.db_port, "arbiter-bench-pg-claims", a.db)
    api = nodes.Node(db, "api", nodes.free_port(), logs).wait_ready()  # migrations and the catalog
    api.stop()
    path = os.path.join(tempfile.mkdtemp(), "claim.sql")
    open(path, "w").write(script(a.tests))
    script_path = db.put(path)
    version = db.sql("select version()")[0][0].split(" on ")[0]
    print(f"claim benchmark: {version} {db.where()}, {os.cpu_count()} cores shared by PostgreSQL and pgbench; backlog "
          f"{a.backlog} queued, {a.claims} claims per run, {a.tests} test results written per claim")
    for clients in [int(c) for c in a.clients.split(",")]:
        db.sql("truncate submission cascade")
        db.sql(f"""insert into submission (id, problem_id, problem_version, language, kind, source, state, created_at)
                   select gen_random_uuid(), p.id, p.version, 'python', 'SUBMIT', 'x', 'QUEUED',
                          now() - interval '1 hour' + i * interval '1 millisecond'
                     from problem p, generate_series(1, {a.backlog + a.claims // 10 + clients}) i
                    where p.slug = 'climbing-stairs'""")
        db.sql("vacuum analyze submission")
        out = db.exec(["pgbench", "-n", "-d", "arbiter", "-M", "prepared", "-f", script_path, "-c", str(clients),
                       "-j", str(min(clients, 2)), "-t", str(max(1, a.claims // clients))], check=False)
        tps = re.search(r"tps = ([0-9.]+) \(without initial", out.stdout)
        latency = re.search(r"latency average = ([0-9.]+) ms", out.stdout)
        failed = re.search(r"number of failed transactions: (\d+)", out.stdout)
        if not tps:
            print(out.stdout[-2000:], out.stderr[-2000:])
            return 1
        print(f"{clients:3d} clients: {float(tps.group(1)):8.0f} claims/s (claim + finish{' + tests' if a.tests else ''}), "
              f"latency {latency.group(1)} ms, failed {failed.group(1) if failed else 0}")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
