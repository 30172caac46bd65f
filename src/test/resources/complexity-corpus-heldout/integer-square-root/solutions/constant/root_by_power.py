class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        out = []
        for q in queries:
            r = int(q ** 0.5)
            while r * r > q:
                r -= 1
            while (r + 1) * (r + 1) <= q:
                r += 1
            out.append(r)
        return out
