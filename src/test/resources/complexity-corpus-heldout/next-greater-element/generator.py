"""python3 generator.py SIZE SEED -> nums: SIZE values, mostly decreasing with noise (10*(SIZE-i) + [0, 15)), so most next-greater answers are -1 or lie far to the right."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 7919 + size)
print(json.dumps([10 * (size - i) + rng.randrange(15) for i in range(size)], separators=(",", ":")))
