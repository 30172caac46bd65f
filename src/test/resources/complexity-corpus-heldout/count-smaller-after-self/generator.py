"""python3 generator.py SIZE SEED -> nums: SIZE values drawn at random from 0..4*SIZE-1."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 6007 + size * 31)
print(json.dumps([rng.randrange(4 * size) for _ in range(size)], separators=(",", ":")))
