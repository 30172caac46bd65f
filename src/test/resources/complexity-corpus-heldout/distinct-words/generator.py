"""python3 generator.py SIZE SEED -> one line: SIZE words drawn with repeats from SIZE/2 words of 14 letters that
all begin with the same 8, so that two words compared as strings agree on at least 8 bytes before they differ."""
import json
import random
import sys


def main():
    size, seed = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(seed * 7_919 + size)
    letters = "abcdefghijklmnopqrstuvwxyz"
    pool = ["sameroot" + "".join(rng.choice(letters) for _ in range(6)) for _ in range(max(1, size // 2))]
    print(json.dumps([rng.choice(pool) for _ in range(size)], separators=(",", ":")))


if __name__ == "__main__":
    main()
