"""python3 generator.py SIZE SEED -> two lines: nums (SIZE values in [1, 1000]) and target (about half their sum)."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    nums = [rng.randint(1, 1000) for _ in range(size)]
    target = sum(nums) // 2 + rng.randrange(-size, size + 1)
    print(json.dumps(nums, separators=(",", ":")))
    print(max(target, 0))


if __name__ == "__main__":
    main()
