"""python3 generator.py SIZE SEED -> two lines: nums (SIZE values in [0, 4*SIZE)) and target.

Values grow with SIZE so that a counting array indexed by value stays proportional to the input, and about
SIZE/8 pairs hit the target."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    bound = 4 * size
    nums = [rng.randrange(bound) for _ in range(size)]
    target = rng.randrange(bound // 2, 3 * bound // 2)
    print(json.dumps(nums, separators=(",", ":")))
    print(target)


if __name__ == "__main__":
    main()
