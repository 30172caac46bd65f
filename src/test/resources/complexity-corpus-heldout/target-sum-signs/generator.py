"""python3 generator.py SIZE SEED -> two lines: nums (SIZE values in [1, 20]) and target (the signed sum of one random sign choice)."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    nums = [rng.randint(1, 20) for _ in range(size)]
    target = sum(x if rng.random() < 0.5 else -x for x in nums)
    print(json.dumps(nums, separators=(",", ":")))
    print(target)


if __name__ == "__main__":
    main()
