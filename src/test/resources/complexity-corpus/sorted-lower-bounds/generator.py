"""python3 generator.py SIZE SEED -> two lines: nums, SIZE values in [0, 2*SIZE) sorted (non-decreasing, repeats
allowed), and 1000 queries, each drawn uniformly from [-1, 2*SIZE]."""
import json
import random
import sys

QUERIES = 1000


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    nums = sorted(rng.randrange(2 * size) for _ in range(size))
    queries = [rng.randrange(-1, 2 * size + 1) for _ in range(QUERIES)]
    print(json.dumps(nums, separators=(",", ":")))
    print(json.dumps(queries, separators=(",", ":")))


if __name__ == "__main__":
    main()
