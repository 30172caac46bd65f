"""Top K Frequent input: SIZE plays; the k = 10 most played ids have distinct counts above all others.

k is the same at every size, and the top ids take a quarter of the plays whatever SIZE, so every size asks for the
same share of work per play: with k = SIZE // 1000 (1 to 50), a walk down the count buckets from SIZE to the top
count covered half the buckets at the smallest size and nearly all at the largest, which read as a log factor
(the bucket reference measured O(n log n))."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
k = 10
ids = rng.sample(range(-10_000, 10_001), k + 500)
top, rest = ids[:k], ids[k:]
nums = []
for i, song in enumerate(top):
    nums += [song] * (n // (4 * k) + (k - i))
while len(nums) < n:
    nums.append(rng.choice(rest))
rng.shuffle(nums)
print(str(nums).replace(" ", ""))
print(k)
