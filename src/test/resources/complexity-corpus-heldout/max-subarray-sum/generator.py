"""python3 generator.py SIZE SEED -> one line: nums, SIZE values in [-SIZE, SIZE].

Values grow with SIZE like the input, and about half are negative, so the best subarray is neither the whole
array nor a single element."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    print(json.dumps([rng.randint(-size, size) for _ in range(size)], separators=(",", ":")))


if __name__ == "__main__":
    main()
