import sys
from heapq import heappop, heappush


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, s = int(data[0]), int(data[1]), int(data[2])
    roads = [[] for _ in range(n + 1)]
    for i in range(m):
        u, v, w = int(data[3 + 3 * i]), int(data[4 + 3 * i]), int(data[5 + 3 * i])
        roads[u].append((v, w))
    dist = [-1] * (n + 1)
    heap = [(0, s)]
    while heap:
        d, u = heappop(heap)
        if dist[u] != -1:
            continue
        dist[u] = d
        for v, w in roads[u]:
            if dist[v] == -1:
                heappush(heap, (d + w, v))
    sys.stdout.write("\n".join(map(str, dist[1:])) + "\n")


main()
