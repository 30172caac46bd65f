"""Course Schedule input: SIZE courses, 2*SIZE edges of a random DAG; odd SEEDs add one long cycle."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
order = list(range(n))
rng.shuffle(order)
pos = {c: i for i, c in enumerate(order)}
edges = []
for _ in range(2 * n - (n // 2 if seed % 2 else 0)):
    a, b = rng.randrange(n), rng.randrange(n)
    if a == b:
        continue
    if pos[a] < pos[b]:
        a, b = b, a
    edges.append([a, b])
if seed % 2:
    cycle = rng.sample(range(n), max(2, n // 2))
    for i in range(len(cycle)):
        edges.append([cycle[(i + 1) % len(cycle)], cycle[i]])
rng.shuffle(edges)
print(n)
print(str(edges).replace(" ", ""))
