"""Median input: two sorted arrays with about SIZE readings together (uneven lengths)."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
m = rng.randint(0, n)
a = sorted(rng.randint(-1_000_000, 1_000_000) for _ in range(m))
b = sorted(rng.randint(-1_000_000, 1_000_000) for _ in range(n - m))
if not a and not b:
    a = [0]
print(str(a).replace(" ", ""))
print(str(b).replace(" ", ""))
