"""Trapping Rain Water input: SIZE pillars, a rough mountain range (the total fits in an int)."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
h = [rng.randint(0, 10_000) for _ in range(n)]
if seed % 2:
    h[0] = h[-1] = 10_000
print(str(h).replace(" ", ""))
