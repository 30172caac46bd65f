"""python3 generator.py SIZE SEED -> nums (SIZE values in [0, 10*SIZE)) and k = SIZE // 2."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 7919 + size)
print(json.dumps([rng.randrange(10 * size) for _ in range(size)], separators=(",", ":")))
print(max(1, size // 2))
