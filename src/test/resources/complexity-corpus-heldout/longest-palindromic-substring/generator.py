"""python3 generator.py SIZE SEED -> s: SIZE letters, all 'a' except four 'b's, one placed at random in the middle half of each quarter of the string (so palindromes around most centres run for a fixed share of SIZE)."""
import json
import random
import sys

size, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed * 7919 + size)
chars = ["a"] * size
quarter = size / 4
for k in range(4):
    lo = int(k * quarter + quarter / 4)
    hi = max(lo + 1, int(k * quarter + 3 * quarter / 4))
    if lo < size:
        chars[rng.randrange(lo, min(hi, size))] = "b"
print(json.dumps("".join(chars), separators=(",", ":")))
