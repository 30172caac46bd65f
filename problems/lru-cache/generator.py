"""LRU Cache input: SIZE operations on a cache of capacity 3000 over keys 0..10^4."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
capacity = 3000 if n > 1000 else max(1, n // 10)
ops, args = ["LRUCache"], [[capacity]]
hot = list(range(0, 10_001))
for _ in range(n - 1):
    key = rng.choice(hot[: capacity * 2]) if rng.random() < 0.8 else rng.choice(hot)
    if rng.random() < 0.5:
        ops.append("get")
        args.append([key])
    else:
        ops.append("put")
        args.append([key, rng.randint(0, 100_000)])
print(json.dumps(ops, separators=(",", ":")))
print(json.dumps(args, separators=(",", ":")))
