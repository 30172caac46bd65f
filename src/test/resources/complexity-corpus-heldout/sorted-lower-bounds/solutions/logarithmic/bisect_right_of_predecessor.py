from bisect import bisect_right


class Solution:
    def countsBelow(self, nums: List[int], queries: List[int]) -> List[int]:
        # the values are integers: those below q are exactly those at most q - 1
        out = []
        for q in queries:
            out.append(bisect_right(nums, q - 1))
        return out
