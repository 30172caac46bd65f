"""Kth Largest input: SIZE scores in [-10^4, 10^4] (so many duplicates) and k = SIZE // 2, so that a heap of size k
does the same share of the work at every size and seed (scores count the work on three seeds per size)."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
nums = [rng.randint(-10_000, 10_000) for _ in range(n)]
print(str(nums).replace(" ", ""))
print(max(1, n // 2))
