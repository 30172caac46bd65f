"""Maximum Depth input: a random binary tree of SIZE nodes in level order; SEED 0 (mod 3) gives a chain."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
if seed % 3 == 0:
    # a chain that alternates right and left children: level order with nulls
    out = [rng.randint(-100, 100)]
    for i in range(1, n):
        out += [None, rng.randint(-100, 100)] if i % 2 else [rng.randint(-100, 100), None]
    while out and out[-1] is None:
        out.pop()
else:
    slots, out, made = 1, [], 0
    while made < n:
        row = []
        for _ in range(slots):
            if made < n and (made == 0 or rng.random() < 0.7):
                row.append(rng.randint(-100, 100))
                made += 1
            else:
                row.append(None)
        if made < n and all(v is None for v in row):
            # every slot of the row came out empty: the tree would end here, short of SIZE nodes, and a seed whose
            # first draws do that would end it there at every SIZE; one node keeps it growing
            row[rng.randrange(len(row))] = rng.randint(-100, 100)
            made += 1
        out += row
        slots = 2 * sum(1 for v in row if v is not None)
    while out and out[-1] is None:
        out.pop()
print(str(out).replace(" ", "").replace("None", "null"))
