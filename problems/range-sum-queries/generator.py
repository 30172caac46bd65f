"""Range Sum Queries input: n = q = SIZE, large revenues, long ranges (worst case for naive sums)."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
lines = [f"{n} {n}", " ".join(str(rng.randint(-10**9, 10**9)) for _ in range(n))]
for _ in range(n):
    l = rng.randint(1, max(1, n // 10))
    r = rng.randint(n - n // 10, n)
    lines.append(f"{l} {r}")
print("\n".join(lines))
