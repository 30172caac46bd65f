"""Merge Intervals input: SIZE random intervals; short ones so that merging produces many groups."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
span = max(10, n * 20)
out = []
for _ in range(n):
    s = rng.randint(0, span)
    out.append([s, s + rng.randint(0, 25)])
print(str(out).replace(" ", ""))
