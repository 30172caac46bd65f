"""Valid Parentheses input: a balanced random bracket string of length SIZE (even), corrupted when SEED is odd:
one random bracket changes kind, except for the seeds performance scores run on (1 to 3), where the opening bracket
that the last character closes changes, so the mismatch only shows at the very end of the string and every scored
input asks for a scan of all of it (a random bracket stopped seed 3's scan anywhere: 341 steps at SIZE 100000 against
8 million on seeds 1 and 2, and the growth fit then named O(1))."""
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
    if seed <= 3:
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
