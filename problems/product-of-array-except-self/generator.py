"""Product input: SIZE values, almost all 1 or -1, a few small factors and sometimes one or two zeros."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
nums = [rng.choice([1, -1]) for _ in range(n)]
for i in rng.sample(range(n), min(n, 8)):
    nums[i] = rng.choice([2, -2, 3, -3, 5, 7])
for i in rng.sample(range(n), seed % 3):
    nums[i] = 0
print(str(nums).replace(" ", ""))
