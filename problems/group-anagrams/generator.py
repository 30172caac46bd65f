"""Group Anagrams input: SIZE words built as shuffles of a smaller pool of base words.

The pool has about SIZE / 4 words (a multiple of 12) whose lengths run through 1 to 12 in turn, and the words take
the pool's words in turn, each shuffled: every size holds the same mix of lengths, so the letters per word, and with
them the work per word, are alike at every size and seed. With lengths drawn at random, the letters per word of the smallest sizes varied
by a tenth from seed to seed, and the growth of an O(n) solution could not be told from O(n log n)."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
letters = "abcdefghijklmnopqrstuvwxyz"
bases = ["".join(rng.choice(letters[:8]) for _ in range(1 + i % 12)) for i in range(12 * max(1, n // 48))]
words = []
for i in range(n):
    w = list(bases[i % len(bases)])
    rng.shuffle(w)
    words.append("".join(w))
rng.shuffle(words)
print(json.dumps(words, separators=(",", ":")))
