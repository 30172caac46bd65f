import math


class Solution:
    def floorSqrt(self, n: int) -> int:
        # The double square root is within one or two of the answer; nudge it into place.
        r = int(math.sqrt(n))
        while r * r > n:
            r -= 1
        while (r + 1) * (r + 1) <= n:
            r += 1
        return r

    def floorSqrts(self, queries: List[int]) -> List[int]:
        return [self.floorSqrt(n) for n in queries]
