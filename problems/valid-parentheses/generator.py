"""Valid Parentheses input: a balanced random bracket string of length SIZE (even), corrupted when SEED is odd."""
import random, sys

n, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
n = max(2, n - n % 2)
out, stack = [], []
while len(out) + len(stack) < n:
    if stack and (rng.random() < 0.45 or len(out) + 2 * len(stack) >= n):
        out.append(stack.pop())
    else:
        o, c = rng.choice(["()", "[]", "{}"])
        out.append(o)
        stack.append(c)
out += reversed(stack)
if seed % 2 == 1:
    i = rng.randrange(len(out))
    out[i] = {"(": "[", ")": "]", "[": "{", "]": "}", "{": "(", "}": ")"}[out[i]]
print('"' + "".join(out) + '"')
