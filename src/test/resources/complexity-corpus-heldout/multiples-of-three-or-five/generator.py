"""python3 generator.py SIZE SEED -> one line: 1000 queries, each drawn uniformly from [SIZE, 2*SIZE)."""
import json
import random
import sys

QUERIES = 1000


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 1_000_003 + size)
    print(json.dumps([rng.randrange(size, 2 * size) for _ in range(QUERIES)], separators=(",", ":")))


if __name__ == "__main__":
    main()
