"""Level Order input: a random binary tree of SIZE nodes in level order."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
slots, out, made = 1, [], 0
while made < n:
    row = []
    for _ in range(slots):
        if made < n and (made == 0 or rng.random() < 0.75):
            row.append(rng.randint(-1000, 1000))
            made += 1
        else:
            row.append(None)
    if made < n and all(v is None for v in row):
        # every slot of the row came out empty: the tree would end here, short of SIZE nodes, and a seed whose
        # first draws do that would end it there at every SIZE; one node keeps it growing
        row[rng.randrange(len(row))] = rng.randint(-1000, 1000)
        made += 1
    out += row
    slots = 2 * sum(1 for v in row if v is not None)
while out and out[-1] is None:
    out.pop()
print(str(out).replace(" ", "").replace("None", "null"))
