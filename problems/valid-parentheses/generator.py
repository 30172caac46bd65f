"""Valid Parentheses input: a balanced random bracket string of length SIZE (even), corrupted when SEED is odd:
one random bracket changes kind, except for SEED 1 (the performance-scoring input), where the opening bracket that
the last character closes changes, so the mismatch only shows at the very end of the string."""
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
    if seed == 1:
        i, depth = len(out), 0
        while True:  # back from the end to the partner of the last bracket
            i -= 1
            depth += 1 if out[i] in ")]}" else -1
            if depth == 0:
                break
    else:
        i = rng.randrange(len(out))
    out[i] = {"(": "[", ")": "]", "[": "{", "]": "}", "{": "(", "}": ")"}[out[i]]
print('"' + "".join(out) + '"')
