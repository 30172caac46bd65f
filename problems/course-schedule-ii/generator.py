"""Course Schedule II input: SIZE courses, about 2*SIZE prerequisites of a random DAG; SEEDs from 6 on that divide by 3
add a cycle. Seeds 1-3, which scores time and count, stay acyclic so that every solution orders every course."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
order = list(range(n))
rng.shuffle(order)
pos = {c: i for i, c in enumerate(order)}
edges = []
for _ in range(2 * n):
    a, b = rng.randrange(n), rng.randrange(n)
    if a != b:
        edges.append([a, b] if pos[a] > pos[b] else [b, a])
if seed % 3 == 0 and seed >= 6 and n > 1:
    a, b = rng.sample(range(n), 2)
    edges += [[a, b], [b, a]]
print(n)
print(str(edges).replace(" ", ""))
