import math


class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        def root(q):
            r = math.floor(math.sqrt(q))
            if r * r > q:
                return r - 1
            if (r + 1) * (r + 1) <= q:
                return r + 1
            return r
        return [root(q) for q in queries]
