"""Reverse Linked List input: a list of SIZE values in [-5000, 5000]."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
print(str([rng.randint(-5000, 5000) for _ in range(n)]).replace(" ", ""))
