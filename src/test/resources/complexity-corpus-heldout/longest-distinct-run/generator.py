"""python3 generator.py SIZE SEED -> nums: SIZE distinct values from 0..8*SIZE-1 in random order, two of them repeated
(at SIZE/4 the value at SIZE/2, at 3*SIZE/4 the value at SIZE/2+1), so distinct stretches run about SIZE/4 to SIZE/2."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 4099 + size * 17)
nums = rng.sample(range(8 * size), size)
nums[size // 4] = nums[size // 2]
nums[3 * size // 4] = nums[size // 2 + 1]
print(json.dumps(nums, separators=(",", ":")))
