"""Kth Largest input: SIZE scores in [-10^4, 10^4] (so many duplicates) and a random k."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
nums = [rng.randint(-10_000, 10_000) for _ in range(n)]
print(str(nums).replace(" ", ""))
print(rng.randint(1, n))
