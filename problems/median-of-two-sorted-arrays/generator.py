"""Median input: two sorted arrays with about SIZE readings together (uneven lengths).

Seeds 1-3, which scores count and time, ask every size for a search of full depth: the shorter array holds 2/5 of the
readings and the median's cut lies after its first reading (the readings left of the cut are negative, the rest
positive), the last place a binary search over it probes. With both arrays drawn alike the cut sat near the shorter
array's middle, where the search probes first, and some searches ended after one step (one to fifteen steps across
the scored seeds, no growth class could be read from them); a cut at a fixed fraction still took 7-14 steps, up and
down with n. Seeds from 4 on split the readings at random, empty arrays included."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)


def readings(count, low, high):
    return sorted(rng.randint(low, high) for _ in range(count))


if seed <= 3 and n >= 2:
    m = max(1, 2 * n // 5)
    cut = 1
    left_of_b = (n + 1) // 2 - cut
    a = readings(cut, -1_000_000, -1) + readings(m - cut, 1, 1_000_000)
    b = readings(left_of_b, -1_000_000, -1) + readings(n - m - left_of_b, 1, 1_000_000)
else:
    m = rng.randint(0, n)
    a = readings(m, -1_000_000, 1_000_000)
    b = readings(n - m, -1_000_000, 1_000_000)
if not a and not b:
    a = [0]
print(str(a).replace(" ", ""))
print(str(b).replace(" ", ""))
