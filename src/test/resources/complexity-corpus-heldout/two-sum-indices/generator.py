"""python3 generator.py SIZE SEED -> nums and target with exactly one pair adding up to it (multiples of 3 and two
numbers that are 1 mod 3, so no other pair reaches the target, which is 2 mod 3)."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 104729 + size)
nums = [3 * rng.randrange(-10 * size, 10 * size) for _ in range(size - 2)]
a, b = 3 * rng.randrange(-10 * size, 10 * size) + 1, 3 * rng.randrange(-10 * size, 10 * size) + 1
for x in (a, b):
    nums.insert(rng.randrange(len(nums) + 1), x)
print(json.dumps(nums, separators=(",", ":")))
print(a + b)
