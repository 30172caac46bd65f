"""Group Anagrams input: SIZE words built as shuffles of a smaller pool of base words."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
letters = "abcdefghijklmnopqrstuvwxyz"
bases = ["".join(rng.choice(letters[:8]) for _ in range(rng.randint(1, 12))) for _ in range(max(1, n // 4))]
words = []
for _ in range(n):
    w = list(rng.choice(bases))
    rng.shuffle(w)
    words.append("".join(w))
print(json.dumps(words, separators=(",", ":")))
