class Solution:
    def countInversions(self, nums: List[int]) -> int:
        # Walk nums in order; the position of each value among the values still to come
        # (kept sorted) is the number of smaller values after it.
        remaining = sorted(nums)
        total = 0
        for x in nums:
            k = remaining.index(x)
            total += k
            del remaining[k]
        return total
