"""Merge Intervals input: SIZE random intervals with starts in [0, SIZE], so the file stays small.
SEED % 3 picks their length: 0 -> at most 2 (many small groups), 1 -> at most 12 (long merged chains),
2 -> mostly short with a few wide intervals covering hundreds of others."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
span = max(10, n)
out = []
for _ in range(n):
    s = rng.randint(0, span)
    if seed % 3 == 0:
        length = rng.randint(0, 2)
    elif seed % 3 == 1:
        length = rng.randint(0, 12)
    else:
        length = rng.randint(0, 2000) if rng.random() < 0.002 else rng.randint(0, 3)
    out.append([s, s + length])
print("[" + ",".join(f"[{a},{b}]" for a, b in out) + "]")
