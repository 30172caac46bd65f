"""Serve mode of the Python judge (python/serve.py) on this machine's python3, no Docker: what the timed calls do.

python3 -m unittest judge-images/tests/test_serve.py
"""
import json
import os
import subprocess
import tempfile
import unittest

SERVE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "python", "serve.py")

# a randomised solution that writes down the choices its calls made
SOLUTION = """import random

class Solution:
    def pick(self, nums):
        with open(LOG, "a") as f:
            f.write(str(random.choice(nums)) + "\\n")
        return 0
"""


# one that writes down the draws of the generators of its own: one kept for the whole run, its receiver's, a new one,
# a new SystemRandom (which reads os.urandom where nothing seeds it), the secrets module's, os.urandom's and uuid4's;
# then a salt it drew as it loaded
GENERATORS = """import os
import random
import secrets
import uuid

KEPT = random.Random()
SALT = random.randrange(10 ** 9)

class Solution:
    def __init__(self):
        self.own = random.Random()

    def pick(self, nums):
        with open(LOG, "a") as f:
            f.write(f"{KEPT.randrange(1000)},{self.own.randrange(1000)},{random.Random().randrange(1000)},"
                    f"{random.SystemRandom().randrange(1000)},{secrets.randbelow(1000)},{secrets.token_hex(4)},"
                    f"{os.urandom(4).hex()},{uuid.uuid4()},{SALT}\\n")
        return 0
"""


# a solution that writes down the first value it was given, then reverses its input in place
REVERSING = """class Solution:
    def pick(self, nums):
        with open(LOG, "a") as f:
            f.write(str(nums[0]) + "\\n")
        nums.reverse()
        return 0
"""

# one that writes down the first value of its linked list, then reverses the list's links
RELINKING = """class Solution:
    def pick(self, head):
        with open(LOG, "a") as f:
            f.write(str(head.val) + "\\n")
        reversed_head = None
        while head:
            head.next, reversed_head, head = reversed_head, head, head.next
        return 0
"""

# one that only reads it, and writes down which list it was given
READING = """class Solution:
    def pick(self, nums):
        with open(LOG, "a") as f:
            f.write(str(id(nums)) + "\\n")
        return 0
"""

# one that hashes its words, and writes down which first word it was given (keeping every one, so no id is reused)
HASHING = """KEPT = []

class Solution:
    def pick(self, words):
        KEPT.append(words[0])
        with open(LOG, "a") as f:
            f.write(str(id(words[0])) + "\\n")
        return len(set(words))
"""

# one that writes down the collector's state in each timed call, and leaves a cycle behind it for the collector
CYCLING = """import gc, weakref

LEFT = []

class Node:
    pass

class Solution:
    def pick(self, nums):
        alive = sum(1 for ref in LEFT if ref() is not None)
        with open(LOG, "a") as f:
            f.write(f"{gc.isenabled()},{gc.get_freeze_count() > 0},{alive}\\n")
        cycle = Node()
        cycle.me = cycle
        LEFT.append(weakref.ref(cycle))
        return 0
"""


def timed_calls(workdir, batches, solution=SOLUTION, before=(), param="int[]", data=tuple(range(1000)), prepared=None):
    """Starts serve.py as interleave does (commands on fd 3, answers on fd 4), sends the commands `before` (their
    answers unread but one line each) and runs each batch once; `prepared` gets each `prep`'s answer."""
    spec = os.path.join(workdir, "spec.json")
    with open(spec, "w") as f:
        json.dump({"mode": "signature", "signature": {"method": "pick", "params": [{"name": "nums", "type": param}],
                                                      "returns": "int"}}, f)
    log = os.path.join(workdir, "picked")
    source = os.path.join(workdir, "solution.py")
    with open(source, "w") as f:
        f.write(f"LOG = {log!r}\n" + solution)
    path = os.path.join(workdir, "0.in")
    with open(path, "w") as f:
        f.write(json.dumps(list(data)) + "\n")
    commands_r, commands_w = os.pipe()
    answers_r, answers_w = os.pipe()
    child = subprocess.Popen(["sh", "-c", f'exec python3 "$@" 3<&{commands_r} 4>&{answers_w}', "sh", SERVE, spec, source, path],
                             pass_fds=(commands_r, answers_w))
    os.close(commands_r)
    os.close(answers_w)
    with os.fdopen(commands_w, "w") as commands, os.fdopen(answers_r) as answers:
        assert answers.readline().strip() == "ready"
        for command in before:
            commands.write(command + "\n")
            commands.flush()
            answers.readline()
        for calls in batches:
            commands.write(f"prep 0 {calls}\n")
            commands.flush()
            answer = answers.readline().strip()
            assert answer.startswith("ok "), answer
            if prepared is not None:
                prepared.append(answer)
            commands.write("go\n")
            commands.flush()
            assert answers.readline().strip() == "done"
        commands.write("quit\n")
    child.wait(timeout=30)
    with open(log) as f:
        return f.read().split()


def count_reply(workdir, solution):
    """Starts serve.py in counting mode as interleave does and returns its reply to `count 0` (input: 0..999)."""
    spec = os.path.join(workdir, "spec.json")
    with open(spec, "w") as f:
        json.dump({"mode": "signature", "signature": {"method": "pick", "params": [{"name": "nums", "type": "int[]"}],
                                                      "returns": "int"}}, f)
    source = os.path.join(workdir, "solution.py")
    with open(source, "w") as f:
        f.write(solution)
    data = os.path.join(workdir, "0.in")
    with open(data, "w") as f:
        f.write(json.dumps(list(range(1000))) + "\n")
    commands_r, commands_w = os.pipe()
    answers_r, answers_w = os.pipe()
    child = subprocess.Popen(["sh", "-c", f'exec python3 "$@" 3<&{commands_r} 4>&{answers_w}', "sh", SERVE, "--count",
                              spec, source, data], pass_fds=(commands_r, answers_w))
    os.close(commands_r)
    os.close(answers_w)
    with os.fdopen(commands_w, "w") as commands, os.fdopen(answers_r) as answers:
        assert answers.readline().strip() == "ready"
        commands.write("count 0\n")
        commands.flush()
        reply = answers.readline().strip()
        commands.write("quit\n")
    child.wait(timeout=30)
    return reply


class ServeTest(unittest.TestCase):

    def test_a_count_comes_with_the_answer_of_the_call_it_counted(self):
        # a program can tell it is counted (counting is loaded): the scorer checks what it answered then too
        with tempfile.TemporaryDirectory() as d:
            reply = count_reply(d, "class Solution:\n    def pick(self, nums):\n        total = 0\n"
                                   "        for x in nums:\n            total += x\n        return total\n")
        words = reply.split()
        self.assertEqual((words[0], words[2]), ("count", "499500"), reply)
        self.assertGreater(int(words[1]), 1000, "the call's work: a thousand items summed")

    def test_a_randomised_solution_makes_the_same_choices_in_every_run_of_its_timed_calls(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            first = timed_calls(a, [5, 5])
            second = timed_calls(b, [5, 5])
        self.assertEqual(len(first), 10)
        self.assertEqual(first, second, "a rescoring times the same work")
        self.assertGreater(len(set(first[:5])), 1, "calls within a batch still differ")

    def test_the_nth_timed_call_of_an_input_makes_the_same_choices_whatever_the_batches(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            batched = timed_calls(a, [3, 3])
            alone = timed_calls(b, [1] * 6)
        # seeded with its place in its batch, every call timed alone had made the choices of the first call of a batch
        self.assertEqual(alone, batched, "a call does the same work timed alone as in a batch")
        self.assertEqual(len(set(alone)), 6, "calls timed alone differ from one another")

    def test_generators_the_solution_makes_or_keeps_draw_alike_in_every_run_whatever_the_batches(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b, tempfile.TemporaryDirectory() as c:
            first = timed_calls(a, [3, 3], GENERATORS)
            again = timed_calls(b, [3, 3], GENERATORS)
            alone = timed_calls(c, [1] * 6, GENERATORS)
        self.assertEqual(len(first), 6)
        self.assertEqual(first, again, "a rescoring times the same work")
        self.assertEqual(alone, first, "a call draws alike timed alone and in a batch")
        for generator in range(8):
            self.assertGreater(len({calls.split(",")[generator] for calls in first[:3]}), 1,
                               f"generator {generator}: calls within a batch still draw differently: {first}")

    def test_a_batch_given_a_seed_seeds_every_call_with_it(self):
        # interleave's measured rounds: "prep i k r", every call of round r seeded r, whatever the batch size
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            rounds = timed_calls(a, ["3 7", "1 7", 3])
            again = timed_calls(b, ["2 7"])
        self.assertEqual(len(rounds), 7)
        self.assertEqual(set(rounds[:4]), {again[0]}, "one seed, one choice, in every run")
        self.assertEqual(again, [again[0]] * 2)
        self.assertGreater(len(set(rounds[4:])), 1, "a batch without a seed seeds each call its own")

    def test_a_call_that_changes_its_arguments_gets_fresh_ones_every_time(self):
        with tempfile.TemporaryDirectory() as d:
            seen = timed_calls(d, [3, 3], REVERSING, before=["check 0", "mem 0"])
        self.assertEqual(seen, ["0"] * 8, "the checked call, the memory call and each timed call start from the input")

    def test_a_call_that_relinks_its_linked_list_gets_a_fresh_one_every_time(self):
        with tempfile.TemporaryDirectory() as d:
            seen = timed_calls(d, [3, 3], RELINKING, before=["check 0", "mem 0"], param="ListNode")
        self.assertEqual(seen, ["0"] * 8)

    def test_a_call_that_leaves_its_arguments_alone_shares_them_with_the_later_calls(self):
        with tempfile.TemporaryDirectory() as d:
            seen = timed_calls(d, [3, 3], READING, before=["check 0", "mem 0"])
        self.assertEqual(len(seen), 8)
        self.assertEqual(len(set(seen)), 1, "no copy of the input is parsed after the checked call")

    def test_strings_are_never_shared_as_a_call_keeps_their_hashes(self):
        with tempfile.TemporaryDirectory() as d:
            seen = timed_calls(d, [3, 3], HASHING, before=["check 0", "mem 0"], param="List<String>",
                               data=[f"word{i}" for i in range(1000)])
        self.assertEqual(len(seen), 8)
        self.assertEqual(len(set(seen)), 8, "every call, timed or not, gets strings of its own: none with a hash in it")

    def test_fresh_strings_stop_at_a_million_per_batch(self):
        # 1,000 words a copy: 1,048 copies hold 2^20 strings, about 69 MB (66 bytes a word); the input text's budget
        # alone (16 MB) let 1,397 be made, 92 MB, and words of two letters would take 10x their text
        prepared = []
        with tempfile.TemporaryDirectory() as d:
            timed_calls(d, [5000], HASHING, before=["check 0"], param="String[]",
                        data=[f"word{i:04}" for i in range(1000)], prepared=prepared)
        self.assertEqual(prepared, ["ok 1048"])

    def test_timed_calls_run_with_the_collector_on_and_the_copies_left_out_of_it_and_last_batchs_cycles_collected(self):
        # the copies of a batch are built with the collector off and frozen while timed (building many copies of a
        # big input with it on walked them again and again); the cycles a batch leaves are collected before the next
        with tempfile.TemporaryDirectory() as d:
            seen = timed_calls(d, [3, 3], CYCLING)
        self.assertEqual(len(seen), 6)
        self.assertTrue(all(line.startswith("True,True,") for line in seen), seen)
        self.assertEqual(seen[3], "True,True,0", "the first batch's three cycles were collected before the second")


if __name__ == "__main__":
    unittest.main()
