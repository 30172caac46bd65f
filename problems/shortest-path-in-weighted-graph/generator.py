"""Shortest Paths input: SIZE depots, 2*SIZE random roads with large weights, source 1."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
m = 2 * n
lines = [f"{n} {m} 1"]
for _ in range(m):
    lines.append(f"{rng.randint(1, n)} {rng.randint(1, n)} {rng.randint(0, 10**9)}")
print("\n".join(lines))
