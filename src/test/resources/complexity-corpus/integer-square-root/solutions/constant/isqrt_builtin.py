import math


class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        # math.isqrt takes a fixed, short sequence of steps for any n below 2^64.
        return [math.isqrt(n) for n in queries]
