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


def timed_calls(workdir, batches):
    """Starts serve.py as interleave does (commands on fd 3, answers on fd 4) and runs each batch once."""
    spec = os.path.join(workdir, "spec.json")
    with open(spec, "w") as f:
        json.dump({"mode": "signature", "signature": {"method": "pick", "params": [{"name": "nums", "type": "int[]"}],
                                                      "returns": "int"}}, f)
    log = os.path.join(workdir, "picked")
    source = os.path.join(workdir, "solution.py")
    with open(source, "w") as f:
        f.write(f"LOG = {log!r}\n" + SOLUTION)
    data = os.path.join(workdir, "0.in")
    with open(data, "w") as f:
        f.write(json.dumps(list(range(1000))) + "\n")
    commands_r, commands_w = os.pipe()
    answers_r, answers_w = os.pipe()
    child = subprocess.Popen(["sh", "-c", f'exec python3 "$@" 3<&{commands_r} 4>&{answers_w}', "sh", SERVE, spec, source, data],
                             pass_fds=(commands_r, answers_w))
    os.close(commands_r)
    os.close(answers_w)
    with os.fdopen(commands_w, "w") as commands, os.fdopen(answers_r) as answers:
        assert answers.readline().strip() == "ready"
        for calls in batches:
            commands.write(f"prep 0 {calls}\n")
            commands.flush()
            assert answers.readline().startswith("ok ")
            commands.write("go\n")
            commands.flush()
            assert answers.readline().strip() == "done"
        commands.write("quit\n")
    child.wait(timeout=30)
    with open(log) as f:
        return f.read().split()


class ServeTest(unittest.TestCase):

    def test_a_randomised_solution_makes_the_same_choices_in_every_run_of_its_timed_calls(self):
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            first = timed_calls(a, [5, 5])
            second = timed_calls(b, [5, 5])
        self.assertEqual(len(first), 10)
        self.assertEqual(first, second, "a rescoring times the same work")
        self.assertGreater(len(set(first[:5])), 1, "calls within a batch still differ")


if __name__ == "__main__":
    unittest.main()
