"""Top K Frequent input: SIZE plays; the k most played ids have distinct counts above all others."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
k = max(1, min(50, n // 1000))
ids = rng.sample(range(-10_000, 10_001), k + 500)
top, rest = ids[:k], ids[k:]
nums = []
for i, song in enumerate(top):
    nums += [song] * (n // (2 * k) + 3 * (k - i) + 60)
while len(nums) < n:
    nums.append(rng.choice(rest))
nums = nums[:max(n, len(nums))]
rng.shuffle(nums)
print(str(nums).replace(" ", ""))
print(k)
