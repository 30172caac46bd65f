#!/usr/bin/env python3
"""End-to-end judge benchmark (not a test): verdict latency p50/p95 per language, judge overhead against
running the same program bare on the host, and throughput. Needs a running Arbiter (./arbiter start) and
prints its figures; docs/BENCHMARKS.md records them.

    python3 bench/judge_bench.py [--url http://localhost:8080] [--rounds 20] [--burst 40 (0: none)] [--burst-poll 0.5] [--burst-only]
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROBLEMS = ("two-sum", "climbing-stairs")  # 16 tests up to 10^5 numbers; small inputs (where overhead shows)
PRELUDE = "import java.util.*;import java.util.function.*;import java.util.stream.*;import java.math.*;"


def call(url, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)


def source(problem, language):
    name = "Solution.java" if language == "java" else "solution.py"
    with open(os.path.join(ROOT, "problems", problem, "solutions", "accepted", name)) as f:
        return f.read()


def spec_of(problem):
    import yaml  # the bench reads the package as the server does; only the spec is needed
    with open(os.path.join(ROOT, "problems", problem, "problem.yaml")) as f:
        package = yaml.safe_load(f)
    return {"mode": package.get("mode", "signature"), "signature": package["signature"]}


def judge(base, problem, language, src, poll=0.02):
    started = time.perf_counter()
    sub = call(base + "/api/submissions", {"problem": problem, "language": language, "source": src, "kind": "submit"})
    while True:
        view = call(base + "/api/submissions/" + sub["id"])
        if view["state"] == "DONE":
            return time.perf_counter() - started, view
        time.sleep(poll)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def bare_run(problem, language, src):
    """The same tests run on the host, one process per test as a plain script would, no sandbox."""
    tmp = tempfile.mkdtemp()
    spec = spec_of(problem)
    spec_path = os.path.join(tmp, "spec.json")
    json.dump(spec, open(spec_path, "w"))
    if language == "java":
        hj = os.path.join(tmp, "harness")
        files = [os.path.join(r, f) for r, _, fs in os.walk(os.path.join(ROOT, "judge-images", "java", "harness")) for f in fs]
        # the harness calls the counting agent's Seeds (in the image it sits on the boot class path with the agent)
        files.append(os.path.join(ROOT, "judge-images", "java", "count", "src", "arbiter", "count", "Seeds.java"))
        subprocess.run(["javac", "-d", hj] + files, check=True)
        open(os.path.join(tmp, "Solution.java"), "w").write(PRELUDE + src)
        started = time.perf_counter()
        subprocess.run(["javac", "-d", os.path.join(tmp, "cls"), "-cp", hj, os.path.join(tmp, "Solution.java")], check=True)
        cmd = ["java", "-Xss64m", "-XX:+UseSerialGC", "-cp", os.path.join(tmp, "cls") + ":" + hj, "arbiter.harness.Main", spec_path]
    else:
        path = os.path.join(tmp, "solution.py")
        open(path, "w").write(src)
        started = time.perf_counter()
        cmd = ["python3", os.path.join(ROOT, "judge-images", "python", "harness.py"), spec_path, path]
    tests = []
    for group in ("sample", "secret"):
        d = os.path.join(ROOT, "problems", problem, "tests", group)
        tests += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".in"))
    result = tempfile.TemporaryFile()
    os.set_inheritable(result.fileno(), True)
    for test in tests:
        with open(test) as stdin:
            subprocess.run(["sh", "-c", 'exec "$@" 3>&%d' % result.fileno(), "sh"] + cmd, stdin=stdin,
                           stdout=subprocess.DEVNULL, pass_fds=(result.fileno(),), check=True)
    return time.perf_counter() - started


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://localhost:8080")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--burst", type=int, default=40)
    parser.add_argument("--burst-poll", type=float, default=0.5,
                        help="seconds between a burst client's polls (40 clients every 20 ms took the cores from the judge)")
    parser.add_argument("--burst-only", action="store_true")
    args = parser.parse_args()
    print(f"Arbiter judge benchmark: {args.url}, {os.cpu_count()} cores")
    for problem in () if args.burst_only else PROBLEMS:
        for language in ("python", "java"):
            src = source(problem, language)
            judge(args.url, problem, language, src)  # warm-up
            times, tests = [], 0
            for _ in range(args.rounds):
                seconds, view = judge(args.url, problem, language, src)
                assert view["verdict"] == "ACCEPTED", view
                times.append(seconds)
                tests = view["testsTotal"]
            bare_times = [bare_run(problem, language, src) for _ in range(3)]
            p50, p95 = percentile(times, 50), percentile(times, 95)
            bare_median = statistics.median(bare_times)
            print(f"{problem:16s} {language:6s} verdict latency over {args.rounds} submissions ({tests} tests each): "
                  f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {max(times) * 1000:.0f} ms; "
                  f"bare on the host {bare_median * 1000:.0f} ms; "
                  f"judge overhead {(p50 - bare_median) * 1000:+.0f} ms")
    if args.burst == 0:
        return
    srcs = {lang: source(PROBLEMS[0], lang) for lang in ("python", "java")}
    results = []
    lock = threading.Lock()

    def one(i):
        language = "python" if i % 2 == 0 else "java"
        seconds, view = judge(args.url, PROBLEMS[0], language, srcs[language], args.burst_poll)
        with lock:
            results.append((language, seconds, view["verdict"]))

    started = time.perf_counter()
    threads = [threading.Thread(target=one, args=(i,)) for i in range(args.burst)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    ok = sum(1 for r in results if r[2] == "ACCEPTED")
    print(f"throughput: {args.burst} submissions (half Python, half Java) queued at once, all judged in "
          f"{elapsed:.1f} s = {args.burst / elapsed * 60:.0f} submissions/minute; {ok}/{args.burst} ACCEPTED; "
          f"slowest verdict {max(r[1] for r in results):.1f} s")


if __name__ == "__main__":
    sys.exit(main())
