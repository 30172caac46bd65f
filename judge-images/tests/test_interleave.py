"""interleave (judge-images/interleave) in the Python image, driving a stand-in server whose calls take known
times: how many calls it makes where.

python3 -m unittest judge-images/tests/test_interleave.py   (needs Docker and the judge images)
"""
import json
import unittest

from sandbox import CANDIDATE, JUDGE, Sandbox

# Serve mode's pipes (commands on fd 3, answers on fd 4), and the server's first answer: ready.
SPEAKS = """commands, answers = os.fdopen(3), os.fdopen(4, "w")
def say(text):
    answers.write(text + "\\n")
    answers.flush()
say("ready")
"""

# Speaks serve mode (commands on fd 3, answers on fd 4); a call at size i sleeps SECONDS[i]. On quit it writes how
# many calls each size got in timed batches ("go"), checked calls apart, to stderr, which interleave reports.
SERVER = """import os, sys, time
SECONDS = [0.001, 0.06]
""" + SPEAKS + """size, batch, timed = 0, 0, [0] * len(SECONDS)
for line in commands:
    words = line.split()
    if words[0] == "check":
        time.sleep(SECONDS[int(words[1])])
        say("result 0")
    elif words[0] == "prep":
        size, batch = int(words[1]), int(words[2])
        say(f"ok {batch}")
    elif words[0] == "go":
        for _ in range(batch):
            time.sleep(SECONDS[size])
        timed[size] += batch
        say("done")
    elif words[0] == "mem":
        say("mem 0")
    elif words[0] == "quit":
        break
sys.stderr.write(" ".join(map(str, timed)))
"""

# SERVER, but after every timed batch it keeps a thread spinning for a second, as a program would that wanted the reading
# of the host's cache beside its slow rounds to be slow (the scorer leaves out rounds beside slow readings).
SPINNING_SERVER = SERVER.replace("""        timed[size] += batch
        say("done")""", """        timed[size] += batch
        say("done")
        import threading
        def spin(until=time.monotonic() + 1.0):
            while time.monotonic() < until:
                pass
        threading.Thread(target=spin, daemon=True).start()""")

# SERVER, but its checked calls take 10 ms while its timed calls take 1 ms at both sizes, and on quit it writes the
# size of every timed batch at the second size to stderr: the search there starts at one call and doubles.
SLOW_CHECK_SERVER = SERVER.replace("SECONDS = [0.001, 0.06]", "SECONDS = [0.001, 0.001]\nbatches = []").replace(
    "time.sleep(SECONDS[int(words[1])])", "time.sleep(0.01)").replace(
    "timed[size] += batch", "timed[size] += batch\n        batches += [batch] if size == 1 else []").replace(
    'sys.stderr.write(" ".join(map(str, timed)))', 'sys.stderr.write(" ".join(map(str, batches)))')

# SERVER, but on quit it writes the seed each timed batch asked for, per size ("-": none, the program's own), to
# stderr: "size:seed,seed,... size:...".
SEEDS_SERVER = SERVER.replace("size, batch, timed = 0, 0, [0] * len(SECONDS)",
                              "size, batch, timed = 0, 0, [0] * len(SECONDS)\nseeds = [[] for _ in SECONDS]").replace(
    "        size, batch = int(words[1]), int(words[2])",
    "        size, batch = int(words[1]), int(words[2])\n        seeds[size].append(words[3] if len(words) > 3 else '-')").replace(
    'sys.stderr.write(" ".join(map(str, timed)))',
    'sys.stderr.write(" ".join(f"{i}:" + ",".join(s) for i, s in enumerate(seeds)))')
assert SEEDS_SERVER.count("seeds") >= 3

# SLOW_CHECK_SERVER, but its checked calls take 50 ms, two and a half batches of 20 ms, as a pause of the host or
# the harness's work around a call can make them
PAUSED_CHECK_SERVER = SLOW_CHECK_SERVER.replace("time.sleep(0.01)", "time.sleep(0.05)")

# SLOW_CHECK_SERVER, but a timed batch of 16 calls or more at the second size also pauses for 300 ms: the search's
# full batch there, where a sleep of 1 ms takes under 1.25 ms, takes about 20 times its calls' time.
PAUSING_SERVER = SLOW_CHECK_SERVER.replace("timed[size] += batch", """timed[size] += batch
        if size == 1 and batch >= 16:
            time.sleep(0.3)""", 1)

# Answers every command at once (a batch as large as asked, a count of 1); on quit tries to move itself to every CPU
# (a submission after the other CPU's faster memory would) and writes the CPUs it may run on, and whether it could
# move, to stderr.
CPUS_SERVER = """import os, sys
""" + SPEAKS + """for line in commands:
    words = line.split()
    if words[0] == "quit":
        break
    say({"check": "result 0", "go": "done", "mem": "mem 0", "count": "count 1"}.get(words[0]) or "ok " + words[2])
try:
    os.sched_setaffinity(0, range(os.cpu_count()))
    moved = "moved"
except PermissionError:
    moved = "stayed"
sys.stderr.write(",".join(map(str, sorted(os.sched_getaffinity(0)))) + " " + moved)
"""


# CPUS_SERVER, but before it is ready it notes the CPUs it may start on, starts a thread and forks a process (as a
# submission could, to keep a CPU of its own), and on quit each of the three writes the CPUs it may use to stderr.
ESCAPING_SERVER = """import os, sys, threading
def cpus():
    return ",".join(map(str, sorted(os.sched_getaffinity(0))))
at_start = cpus()
asked = threading.Event()
def thread():
    asked.wait()
    sys.stderr.write("thread=" + cpus() + " ")
    sys.stderr.flush()
helper = threading.Thread(target=thread)
helper.start()
wake_child, woken = os.pipe()
child = os.fork()
if child == 0:
    os.read(wake_child, 1)
    sys.stderr.write("child=" + cpus() + " ")
    sys.stderr.flush()
    os._exit(0)
""" + SPEAKS + """for line in commands:
    words = line.split()
    if words[0] == "quit":
        break
    say({"check": "result 0", "go": "done", "mem": "mem 0"}.get(words[0]) or "ok " + words[2])
asked.set()
helper.join()
os.write(woken, b"x")
os.waitpid(child, 0)
sys.stderr.write("start=" + at_start + " main=" + cpus())
"""

# Prepares one call whatever batch it is asked for (none for an empty one), as a submission could make its harness
# answer (its code runs in the harness's process), and spins through each batch for 30, 60 or 120 us in turn: batches
# that never agree, each adding a few microseconds to the warm-up's timed work.
STINGY_SERVER = """import os, time
""" + SPEAKS + """batches = 0
for line in commands:
    words = line.split()
    if words[0] == "quit":
        break
    if words[0] == "prep":
        say("ok " + str(min(int(words[2]), 1)))
    elif words[0] == "go":
        until = time.perf_counter() + (30e-6, 60e-6, 120e-6)[batches % 3]
        batches += 1
        while time.perf_counter() < until:
            pass
        say("done")
    else:
        say({"check": "result 0", "mem": "mem 0"}[words[0]])
"""

# Counts known work at every input (a count of 3 at the last: a program may count less at a larger input), and writes
# each input it was asked to count to stderr as it goes.
WORK_SERVER = """import os, sys
COUNTS = [10, 100, 1000, 10000, 100000, 3]
""" + SPEAKS + """for line in commands:
    words = line.split()
    if words[0] == "quit":
        break
    if words[0] == "count":
        sys.stderr.write(words[1] + " ")
        sys.stderr.flush()
        say("count " + str(COUNTS[int(words[1])]))
    else:
        say({"check": "result 0", "go": "done", "mem": "mem 0"}.get(words[0]) or "ok " + words[2])
"""


def interleave_once(server, options, cpu=20000, wall=60000):
    """Runs interleave (as the judge) once over a stand-in server (as the candidate) in a fresh sandbox: its report."""
    with Sandbox() as box:
        runner = box.runner()
        try:
            runner.put("/tmp/server.py", server, uid=CANDIDATE)
            return runner.exec(["/opt/arbiter/interleave"] + options + ["--uids", str(CANDIDATE), "--", "python3",
                                                                       "/tmp/server.py"], uid=JUDGE, cpu=cpu, wall=wall)
        finally:
            runner.close()


class InterleaveTest(unittest.TestCase):

    def test_after_the_first_size_a_checked_call_of_two_batches_length_is_a_batch_of_one_without_a_search(self):
        report = interleave_once(SERVER, ["--sizes", "2", "--rounds", "1", "--top-sizes", "1", "--top-rounds", "3",
                                          "--batch-ms", "20", "--warmup-ms", "50", "--max-call-ms", "2000",
                                          "--skip-mem", "1"])
        self.assertEqual(report["status"], "ok", report)
        measured = json.loads(report["stdout"])
        timed = [int(n) for n in measured["programs"][0]["stderr"].split()]
        # a 60 ms call is a batch of one: the checked call (not counted here) shows it and one timed call confirms it
        # (a checked call under ten batches' length may have been a pause), so no call is spent on a search, only
        # that one and the three rounds
        self.assertEqual(timed[1], 4, measured)
        self.assertEqual(measured["sizes"][1]["programs"][0]["batch"], 1)
        self.assertEqual(len(measured["sizes"][1]["programs"][0]["ns"]), 3)
        # the first size still warms up: batches of 1 ms calls, doubling, for 50 ms at least
        self.assertGreaterEqual(timed[0], 50, measured)

    def test_every_batch_of_a_measured_round_asks_for_the_rounds_seed_and_the_warm_up_and_search_for_none(self):
        # a randomised program then does the same work in round r of every fork, whatever its batch size and however
        # many calls the warm-up and the search spent before
        report = interleave_once(SEEDS_SERVER, ["--sizes", "2", "--rounds", "2", "--top-sizes", "1", "--top-rounds", "3",
                                                "--batch-ms", "20", "--warmup-ms", "20", "--skip-mem", "1"])
        self.assertEqual(report["status"], "ok", report)
        measured = json.loads(report["stdout"])
        first, second = (part.split(":")[1].split(",") for part in measured["programs"][0]["stderr"].split())
        self.assertEqual(first[-2:], ["0", "1"], measured)
        self.assertEqual(second[-3:], ["0", "1", "2"], measured)
        self.assertGreater(len(first), 2, "the first size warmed up")
        self.assertEqual(set(first[:-2] + second[:-3]), {"-"}, measured)

    def searched(self, server):
        """interleave's report over a server at two sizes, the second the largest (three rounds), batches of 20 ms."""
        report = interleave_once(server, ["--sizes", "2", "--rounds", "1", "--top-sizes", "1", "--top-rounds", "3",
                                          "--batch-ms", "20", "--warmup-ms", "5", "--skip-mem", "1"])
        self.assertEqual(report["status"], "ok", report)
        return json.loads(report["stdout"])

    def test_after_the_first_size_the_batch_search_ends_at_its_first_full_batch(self):
        measured = self.searched(SLOW_CHECK_SERVER)
        batches = [int(n) for n in measured["programs"][0]["stderr"].split()]
        search, rounds = batches[:-3], batches[-3:]
        # half a batch by the 10 ms checked call is one call; the batches double until one runs 10 ms or more of
        # 1 ms calls, and the rounds follow it: no second full batch of the same size (the old search's last two
        # batches were alike: [1, 2, 4, 8, 16, 16])
        self.assertEqual(search, [2 ** i for i in range(len(search))], measured)
        # the rounds run the batch the search picked (about 20 ms of calls)
        self.assertEqual(rounds, [measured["sizes"][1]["programs"][0]["batch"]] * 3, measured)

    def test_a_slow_checked_call_of_a_fast_call_does_not_make_its_size_a_batch_of_one(self):
        measured = self.searched(PAUSED_CHECK_SERVER)
        batches = [int(n) for n in measured["programs"][0]["stderr"].split()]
        # one timed call (1 ms) shows the 50 ms check was not the call: the search runs from half a batch by that
        # call, and the rounds time about 20 ms of 1 ms calls
        self.assertEqual(batches[0], 1, measured)
        self.assertGreaterEqual(measured["sizes"][1]["programs"][0]["batch"], 8, measured)

    def test_a_pause_in_the_full_batch_that_ends_the_search_does_not_shrink_the_batch(self):
        measured = self.searched(PAUSING_SERVER)
        # the batch before the paused one (8 calls, a quarter batch or more) sizes it too: about 20 ms of 1 ms calls,
        # where the paused batch alone (300 ms over 16 calls) would have made it one call
        self.assertGreaterEqual(measured["sizes"][1]["programs"][0]["batch"], 4, measured)

    def test_the_hosts_cache_is_read_before_every_round_at_the_largest_sizes_and_after_the_last(self):
        with Sandbox() as box:
            runner = box.runner()
            try:
                runner.put("/tmp/server.py", SERVER, uid=CANDIDATE)
                options = ["--sizes", "2", "--rounds", "2", "--top-sizes", "1", "--top-rounds", "3", "--batch-ms", "5",
                           "--warmup-ms", "5", "--skip-mem", "1", "--uids", str(CANDIDATE), "--", "python3", "/tmp/server.py"]
                probed = runner.exec(["/opt/arbiter/interleave", "--probe", "1"] + options, uid=JUDGE, cpu=20000, wall=60000)
                unprobed = runner.exec(["/opt/arbiter/interleave"] + options, uid=JUDGE, cpu=20000, wall=60000)
            finally:
                runner.close()
        self.assertEqual(probed["status"], "ok", probed)
        sizes = json.loads(probed["stdout"])["sizes"]
        # the ratio is taken at the largest size only here: three rounds lie between four readings; the smaller size
        # has none
        self.assertEqual(sizes[0]["probeNs"], [], sizes)
        self.assertEqual(len(sizes[1]["probeNs"]), 4, sizes)
        # a reading is 0 where something else ran on the CPU during both of its attempts (the host's other work, or
        # a hypervisor's: on a busy host one of four was, 2026-12-02); none failed, and the host let some through
        self.assertTrue(all(ns >= 0 for ns in sizes[1]["probeNs"]), sizes)
        self.assertTrue(any(ns > 0 for ns in sizes[1]["probeNs"]), sizes)
        self.assertEqual(len(sizes[1]["programs"][0]["ns"]), 3, sizes)
        self.assertEqual([s["probeNs"] for s in json.loads(unprobed["stdout"])["sizes"]], [[], []])
        # what a load from memory costs, the most a quiet reading can be a share of: read with the probe only
        self.assertGreater(json.loads(probed["stdout"])["memoryStepNs"], 0)
        self.assertEqual(json.loads(unprobed["stdout"])["memoryStepNs"], -1)
        # where the time went: the rounds at least as long as their calls sleep (two sizes, 2 + 3 rounds: 3 x 60 ms
        # at the larger), the readings apart from them
        phases = json.loads(probed["stdout"])["phaseMs"]
        self.assertEqual(set(phases), {"probes", "start", "check", "warmup", "rounds", "readings", "memory", "count",
                                       "quit"}, phases)
        self.assertGreaterEqual(phases["rounds"], 180, phases)
        self.assertEqual(phases["count"], 0, phases)
        self.assertEqual(json.loads(unprobed["stdout"])["phaseMs"]["readings"], 0)

    def test_a_program_that_keeps_running_through_the_readings_gets_readings_that_count_as_quiet(self):
        spun = interleave_once(SPINNING_SERVER, ["--probe", "1", "--sizes", "2", "--rounds", "1", "--top-sizes", "1",
                                                 "--top-rounds", "3", "--batch-ms", "5", "--warmup-ms", "5",
                                                 "--skip-mem", "1"], cpu=30000)
        self.assertEqual(spun["status"], "ok", spun)
        sizes = json.loads(spun["stdout"])["sizes"]
        # every reading at the largest size follows a batch, and the spinning outlasts the wait for quiet twice: 0, which
        # the scorer counts as quiet, never a slow reading that would leave a round out
        self.assertEqual(sizes[1]["probeNs"], [0, 0, 0, 0], sizes)

    def test_a_program_that_answers_every_batch_at_once_still_ends_its_warm_up(self):
        report = interleave_once(CPUS_SERVER, ["--sizes", "1", "--rounds", "1", "--top-rounds", "2",
                                               "--warmup-ms", "2000", "--skip-mem", "1"])
        # its calls take no time the clock can see: each counts as 1 ns, so the warm-up settles on them (as 0 ns they
        # added nothing to its 2 s and never settled: it ran until the sandbox's wall clock stopped it)
        self.assertEqual(report["status"], "ok", report)
        program = json.loads(report["stdout"])["sizes"][0]["programs"][0]
        self.assertEqual(program["batch"], 100000, program)
        self.assertEqual(len(program["ns"]), 2, program)
        self.assertTrue(all(ns >= 1 for ns in program["ns"]), program)

    def test_a_program_whose_batches_are_one_short_call_that_never_agree_cannot_hold_the_warm_up_for_long(self):
        report = interleave_once(STINGY_SERVER, ["--sizes", "1", "--rounds", "1", "--top-rounds", "2",
                                                 "--warmup-ms", "1500", "--skip-mem", "1"], cpu=30000, wall=30000)
        # each batch adds 70 us of timed work on average and takes over 2 ms (interleave waits for idle programs in
        # steps of 2 ms): 1.5 s of warm-up took 20,000 batches, the sandbox's 30 s wall clock stopped it; now the
        # warm-up ends after 3 x 1.5 s and a second of the clock
        self.assertEqual(report["status"], "ok", report)
        measured = json.loads(report["stdout"])
        self.assertEqual(measured["sizes"][0]["programs"][0]["batch"], 1, measured)
        self.assertEqual(len(measured["sizes"][0]["programs"][0]["ns"]), 2, measured)

    def test_counting_with_a_most_work_ends_a_programs_inputs_at_the_first_counted_over_it(self):
        counting = ["--sizes", "6", "--count", "3", "--skip-mem", "1"]
        capped = interleave_once(WORK_SERVER, counting + ["--max-count", "500"])
        free = interleave_once(WORK_SERVER, counting)
        self.assertEqual(capped["status"], "ok", capped)
        measured = json.loads(capped["stdout"])
        program = measured["programs"][0]
        # the first input twice (a program that counts alike is counted once from then on); the third input, over
        # 500, is kept and is the last: the inputs after it are never asked for, whatever they would count
        self.assertEqual([size["programs"][0]["counts"] for size in measured["sizes"]],
                         [[10, 10], [100], [1000], [], [], []], measured)
        self.assertEqual((program["status"], program["timedOutAt"]), ("enough", 3), measured)
        self.assertEqual(program["stderr"], "0 0 1 2 ", measured)
        # without it, CPU alone ends inputs: these take none to speak of
        unlimited = json.loads(free["stdout"])
        self.assertEqual(unlimited["programs"][0]["status"], "ok", unlimited)
        self.assertEqual([size["programs"][0]["counts"] for size in unlimited["sizes"]],
                         [[10, 10], [100], [1000], [10000], [100000], [3]], unlimited)

    def test_timed_programs_take_turns_on_one_cpu_they_cannot_leave_and_counting_ones_have_them_all(self):
        with Sandbox() as box:
            runner = box.runner()
            try:
                runner.put("/tmp/server.py", CPUS_SERVER, uid=CANDIDATE)
                two = ["--", "python3", "/tmp/server.py", "--", "python3", "/tmp/server.py"]
                options = ["--sizes", "1", "--rounds", "1", "--top-rounds", "1", "--warmup-ms", "1", "--skip-mem", "1",
                           "--uids", f"{CANDIDATE},{CANDIDATE}"]
                timed = runner.exec(["/opt/arbiter/interleave"] + options + two, uid=JUDGE, cpu=20000, wall=60000)
                counted = runner.exec(["/opt/arbiter/interleave", "--count", "1"] + options + two,
                                      uid=JUDGE, cpu=20000, wall=60000)
                runner.put("/tmp/escaping.py", ESCAPING_SERVER, uid=CANDIDATE)
                escaping = runner.exec(["/opt/arbiter/interleave"] + options + ["--", "python3", "/tmp/escaping.py", "--",
                                                                                "python3", "/tmp/escaping.py"],
                                       uid=JUDGE, cpu=20000, wall=60000)
                everywhere = runner.exec(["python3", "-c", "import os; print(len(os.sched_getaffinity(0)))"],
                                         uid=CANDIDATE)
            finally:
                runner.close()
        self.assertEqual(timed["status"], "ok", timed)
        measured = json.loads(timed["stdout"])
        cpu = measured["cpu"]
        self.assertGreaterEqual(cpu, 0, measured)
        # the CPU is the one whose memory answered fastest in the probe of every CPU the sandbox has
        probes = dict(measured["cpuProbeNs"])
        self.assertEqual(len(probes), int(everywhere["stdout"]), measured)
        if len(probes) > 1:
            self.assertTrue(all(ns > 0 for ns in probes.values()), measured)
            self.assertEqual(probes[cpu], min(probes.values()), measured)
        # pinned, and the sandbox policy refuses them sched_setaffinity (EPERM): they stay where they were put
        self.assertEqual([p["stderr"] for p in measured["programs"]], [f"{cpu} stayed", f"{cpu} stayed"], measured)
        # they start on every CPU, side by side (starting is not timed), and once ready every thread and process of
        # theirs is moved onto the timed CPU, also those they started before they were ready
        self.assertEqual(escaping["status"], "ok", escaping)
        moved = json.loads(escaping["stdout"])
        every = ",".join(map(str, range(int(everywhere["stdout"]))))
        for program in moved["programs"]:
            cpus = dict(part.split("=") for part in program["stderr"].split())
            self.assertEqual(cpus, {"start": every, "thread": str(moved["cpu"]), "child": str(moved["cpu"]),
                                    "main": str(moved["cpu"])}, moved)
        # counting times nothing: its programs run side by side on every CPU the sandbox has
        self.assertEqual(counted["status"], "ok", counted)
        counts = json.loads(counted["stdout"])
        self.assertEqual(counts["cpu"], -1, counts)
        allowed = [p["stderr"].split(" ")[0].split(",") for p in counts["programs"]]
        self.assertEqual([len(a) for a in allowed], [int(everywhere["stdout"])] * 2, counts)


if __name__ == "__main__":
    unittest.main()
