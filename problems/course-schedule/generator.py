"""Course Schedule input: SIZE courses and SIZE prerequisite pairs (repeats possible) of a random DAG;
odd SEEDs from 5 on replace a third of the pairs with one long cycle through a third of the courses.

Seeds 1-3 are the ones scores time and count: they stay acyclic, so that every solution does its whole work. With a
cycle in them, a depth-first search stopped wherever it met the cycle, and the score measured where that was."""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
order = list(range(n))
rng.shuffle(order)
pos = {c: i for i, c in enumerate(order)}
cycle = rng.sample(range(n), max(2, n // 3)) if seed % 2 and seed >= 5 and n >= 2 else []
edges = [[cycle[(i + 1) % len(cycle)], cycle[i]] for i in range(len(cycle))]
while len(edges) < n and n >= 2:
    a, b = rng.randrange(n), rng.randrange(n)
    if a == b:
        continue
    if pos[a] < pos[b]:
        a, b = b, a
    edges.append([a, b])
rng.shuffle(edges)
print(n)
print("[" + ",".join(f"[{a},{b}]" for a, b in edges) + "]")
