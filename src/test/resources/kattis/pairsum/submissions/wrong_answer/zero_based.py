import sys

data = sys.stdin.read().split()
n, t = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))
seen = {}
for j, x in enumerate(xs):
    if t - x in seen:
        print(seen[t - x], j)  # positions counted from 0
        break
    seen.setdefault(x, j)
else:
    print("none")
