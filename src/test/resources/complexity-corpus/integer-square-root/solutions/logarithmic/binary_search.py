class Solution:
    def floorSqrts(self, queries: List[int]) -> List[int]:
        answers = []
        for n in queries:
            lo, hi = 0, n
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if mid * mid <= n:
                    lo = mid
                else:
                    hi = mid - 1
            answers.append(lo)
        return answers
