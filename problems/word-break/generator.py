"""Word Break input of length SIZE: odd SEEDs give the adversarial "aaa...ab" case, even SEEDs a
breakable random sentence over a small dictionary."""
import json, random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
if seed % 2:
    s = "a" * (n - 1) + "b"
    words = ["a" * k for k in range(1, 11)]
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
