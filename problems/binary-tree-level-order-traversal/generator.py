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
    out += row
    slots = 2 * sum(1 for v in row if v is not None)
    if slots == 0:
        break
while out and out[-1] is None:
    out.pop()
print(str(out).replace(" ", "").replace("None", "null"))
