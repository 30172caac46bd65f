class Solution:
    def isqrt(self, n: int) -> int:
        if n < 2:
            return n
        # Newton's method started at n itself: the guess roughly halves until it nears the root.
        x = n
        y = (x + 1) // 2
        while y < x:
            x = y
            y = (x + n // x) // 2
        return x

    def floorSqrts(self, queries: List[int]) -> List[int]:
        return list(map(self.isqrt, queries))
