"""Trapping Rain Water input: SIZE pillars of height 0..10^4 (the total fits in an int for SIZE <= 2*10^5);
odd SEEDs make both end pillars the tallest."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
h = [rng.randint(0, 10_000) for _ in range(n)]
if seed % 2:
    h[0] = h[-1] = 10_000
print(str(h).replace(" ", ""))
