"""Course Schedule II checker: accepts any order that takes every course once and respects every
prerequisite; when the reference found no order, only [] is accepted. Usage: checker.py IN EXPECTED ACTUAL."""
import json, sys

with open(sys.argv[1]) as f:
    lines = [line for line in f.read().splitlines() if line.strip()]
n, prerequisites = json.loads(lines[0]), json.loads(lines[1])
expected = json.load(open(sys.argv[2]))
try:
    actual = json.load(open(sys.argv[3]))
except ValueError:
    print("the answer is not JSON")
    sys.exit(1)
if not expected:
    if actual == []:
        sys.exit(0)
    print("no valid order exists, so the answer must be []")
    sys.exit(1)
if not isinstance(actual, list) or sorted(actual) != list(range(n)):
    print("the answer must list every course exactly once")
    sys.exit(1)
position = {course: i for i, course in enumerate(actual)}
for a, b in prerequisites:
    if position[b] > position[a]:
        print(f"course {a} is taken before its prerequisite {b}")
        sys.exit(1)
sys.exit(0)
