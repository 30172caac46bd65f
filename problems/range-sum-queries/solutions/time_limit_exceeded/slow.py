import sys

# Sums every range from scratch: O(n * q).
data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
values = list(map(int, data[2:2 + n]))
out = []
for i in range(q):
    l, r = int(data[2 + n + 2 * i]), int(data[3 + n + 2 * i])
    out.append(sum(values[l - 1:r]))
print("\n".join(map(str, out)))
