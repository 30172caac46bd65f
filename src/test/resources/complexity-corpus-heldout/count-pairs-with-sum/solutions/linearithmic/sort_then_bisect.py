from bisect import bisect_left, bisect_right


class Solution:
    def countPairs(self, nums: List[int], target: int) -> int:
        values = sorted(nums)
        total = 0
        for i, x in enumerate(values):
            need = target - x
            lo = bisect_left(values, need, i + 1)
            hi = bisect_right(values, need, lo)
            total += hi - lo
        return total
