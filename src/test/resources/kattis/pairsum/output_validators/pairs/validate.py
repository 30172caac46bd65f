"""Accepts any pair of positions whose numbers sum to the target (Kattis output validator protocol)."""
import sys


def verdict(ok, why=""):
    if not ok:
        with open(sys.argv[3] + "judgemessage.txt", "w") as f:
            f.write(why)
    sys.exit(42 if ok else 43)


with open(sys.argv[1]) as f:
    n, target = map(int, f.readline().split())
    numbers = list(map(int, f.readline().split()))
with open(sys.argv[2]) as f:
    expected = f.read().split()
base = 1 if "one_based" in sys.argv[4:] else 0
got = sys.stdin.read().split()
if expected == ["none"]:
    verdict(got == ["none"], "there is a pair")
if len(got) != 2 or not all(t.lstrip("-").isdigit() for t in got):
    verdict(False, "expected two positions")
i, j = int(got[0]) - base, int(got[1]) - base
if not (0 <= i < j < n):
    verdict(False, "positions out of order or out of range")
verdict(numbers[i] + numbers[j] == target, "the numbers do not add up")
