"""Two Sum input: distinct multiples of 4 plus one pair of values = 1 (mod 4), so the answer is unique.
The pair sits at the end, which is the worst case for the quadratic scan."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
values = set()
while len(values) < n - 2:
    values.add(4 * rng.randint(-2_000_000, 2_000_000))
nums = list(values)
rng.shuffle(nums)
a = 4 * rng.randint(-100_000_000, 100_000_000) + 1
b = 4 * rng.randint(-100_000_000, 100_000_000) + 1
nums += [a, b]
print("[" + ",".join(map(str, nums)) + "]")
print(a + b)
