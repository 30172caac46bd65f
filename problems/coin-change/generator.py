"""Coin Change input: amount SIZE and 2 to 12 distinct coins.

Seeds 1-3 are the ones scores time and count, so they ask every correct solution for its whole work, and for alike
work whatever the seed: eight coins, one of them 1 and the rest at most SIZE / 40, so paying SIZE takes at least 40
coins and a search over amounts visits most of them before it finds the answer, and a table over the amounts does
eight passes over SIZE amounts at every size. With the coins of the other seeds (2 to 12 of them, up to SIZE / 2)
on the scored seeds, a breadth-first search did 87x less work on one seed than on another at SIZE 10000, and tables
differed by the number of coins, which left the growth class undecided.

From seed 4 on, SEED % 3: 0 -> random coins up to SIZE / 2, 1 -> the same plus a coin of 1 (always payable),
2 -> only multiples of one small base (often impossible)."""
import random
import sys

amount, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
if seed <= 3:
    coins = rng.sample(range(2, max(9, amount // 40) + 1), 7) + [1]
    rng.shuffle(coins)
else:
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
