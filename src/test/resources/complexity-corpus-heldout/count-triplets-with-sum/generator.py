"""python3 generator.py SIZE SEED -> two lines: nums (SIZE values in [0, 4*SIZE)) and target.

The target is near the middle of the range of triple sums, so about SIZE^2/30 triples hit it."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    bound = 4 * size
    nums = [rng.randrange(bound) for _ in range(size)]
    target = rng.randrange(bound, 2 * bound)
    print(json.dumps(nums, separators=(",", ":")))
    print(target)


if __name__ == "__main__":
    main()
