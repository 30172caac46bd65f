"""LIS input: SIZE altitudes, a noisy upward trend so the answer is long."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
nums = [i * 1000 + rng.randint(-600_000, 600_000) for i in range(n)]
print(str(nums).replace(" ", ""))
