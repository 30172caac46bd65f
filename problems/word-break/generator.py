"""Word Break input of length SIZE: odd SEEDs, and the seeds scores time and count (1-3), give the adversarial
"aaa...ab" case (in a letter of their own: a, b or c for seeds 1-3), the other even SEEDs a breakable random
sentence over a small dictionary.

Every correct solution does its whole work on the adversarial case, and alike work on each of its seeds. With a
breakable sentence as seed 2, a search that stops at the first way to break it did half the work per character of
seeds 1 and 3, scattered by a third from size to size, and its growth class could not be told."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
if seed % 2 or seed <= 3:
    letter, last = ("abc"[seed - 1], "abc"[seed % 3]) if seed <= 3 else ("a", "b")
    s = letter * (n - 1) + last
    words = [letter * k for k in range(1, 11)]
else:
    words = sorted({"".join(rng.choice("abc") for _ in range(rng.randint(2, 6))) for _ in range(30)})
    parts, length = [], 0
    while length < n:
        w = rng.choice(words)
        parts.append(w)
        length += len(w)
    s = "".join(parts)
print(json.dumps(s))
print(json.dumps(words, separators=(",", ":")))
