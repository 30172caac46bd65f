"""Number of Islands input: a SIZE x SIZE grid with about 45% land (many islands of all shapes)."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
density = 0.45 if seed % 3 else 0.7
grid = [["1" if rng.random() < density else "0" for _ in range(n)] for _ in range(n)]
print(json.dumps(grid, separators=(",", ":")))
