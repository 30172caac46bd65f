"""python3 generator.py SIZE SEED -> nums (SIZE values rising by 10 a step, each with noise in [0, 15)) and window width
k = SIZE // 2. Rising, so that every value pushed onto a heap of the window is about the largest and climbs to its root
(on values in random order a push climbs about two levels on average, and the heaps' work was linear)."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 7919 + size)
print(json.dumps([10 * i + rng.randrange(15) for i in range(size)], separators=(",", ":")))
print(max(1, size // 2))
