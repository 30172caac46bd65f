"""python3 generator.py SIZE SEED -> one line: nums, SIZE values in [0, 4*SIZE) (repeats allowed)."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    print(json.dumps([rng.randrange(4 * size) for _ in range(size)], separators=(",", ":")))


if __name__ == "__main__":
    main()
