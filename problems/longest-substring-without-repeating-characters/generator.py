"""Longest Substring input: SIZE characters drawn from all 95 printable ASCII characters."""
import json, random, string, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
alphabet = [chr(c) for c in range(32, 127)]
print(json.dumps("".join(rng.choice(alphabet) for _ in range(n))))
