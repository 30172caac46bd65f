class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        result = []
        for q in queries:
            hi = 1
            while hi * hi <= q:
                hi *= 2
            lo = hi // 2
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if mid * mid <= q:
                    lo = mid
                else:
                    hi = mid
            result.append(lo)
        return result
