"""Coin Change input: amount SIZE and 2 to 12 distinct coins. SEED % 3: 0 -> random coins up to SIZE,
1 -> the same plus a coin of 1 (always payable), 2 -> only multiples of one small base (often impossible)."""
import random
import sys

amount, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
k = rng.randint(2, 12)
top = max(k + 2, amount // 2)
if seed % 3 == 2:
    base = rng.randint(2, 9)
    coins = [base * c for c in rng.sample(range(1, top // base + k + 1), k)]
else:
    coins = rng.sample(range(2, top + 1), k)
    if seed % 3 == 1:
        coins[rng.randrange(k)] = 1
print("[" + ",".join(map(str, coins)) + "]")
print(amount)
