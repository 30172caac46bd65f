import bisect


class Solution:
    def countsBelow(self, nums: List[int], queries: List[int]) -> List[int]:
        return [bisect.bisect_left(nums, q) for q in queries]
