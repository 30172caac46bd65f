"""Two Sum input: SIZE numbers with exactly one pair adding up to the target, placed at the very end
(the worst case for a scan of all pairs).

Every other number is a multiple of 3 and the two answer numbers are 1 (mod 3), so the target is
2 (mod 3): no other pair can reach it, even though the filler numbers may repeat.
SEED % 3 picks the filler range: 0 -> [0, 9999] (short, so the largest tests stay small on disk),
1 -> [-99999, 99999], 2 -> [-10^9, 10^9].
"""
import random
import sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
bound = {0: (0, 3333), 1: (-33333, 33333), 2: (-333_333_333, 333_333_333)}[seed % 3]
nums = [3 * rng.randint(*bound) for _ in range(max(0, n - 2))]
a = 3 * rng.randint(-333_333_333, 333_333_332) + 1
b = 3 * rng.randint(-333_333_333, 333_333_332) + 1
nums += [a, b]
print("[" + ",".join(map(str, nums)) + "]")
print(a + b)
