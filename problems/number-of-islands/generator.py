"""Number of Islands input: a grid of about SIZE cells, isqrt(SIZE) rows of SIZE // isqrt(SIZE) cells (a square
when SIZE is a perfect square: SIZE 90000 is 300 x 300), about 45% land (many islands of all shapes), 70% when
SEED is a multiple of 3 from 6 on. The seeds scores time and count (1-3) all have 45%, so that they ask for alike
work: seed 3 at 70% asked a search for half as much again per cell as seeds 1 and 2, and the growth class of an
O(n) solution could not be told."""
import json, math, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
density = 0.7 if seed % 3 == 0 and seed >= 6 else 0.45
rows = max(1, math.isqrt(n))
cols = max(1, n // rows)
grid = [["1" if rng.random() < density else "0" for _ in range(cols)] for _ in range(rows)]
print(json.dumps(grid, separators=(",", ":")))
