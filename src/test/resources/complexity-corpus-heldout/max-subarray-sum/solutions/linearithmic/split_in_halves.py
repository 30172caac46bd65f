class Solution:
    def maxSubArraySum(self, nums: List[int]) -> int:
        return self._best(nums, 0, len(nums) - 1)

    def _best(self, nums: List[int], lo: int, hi: int) -> int:
        if lo == hi:
            return nums[lo]
        mid = (lo + hi) // 2
        left = self._best(nums, lo, mid)
        right = self._best(nums, mid + 1, hi)

        running = 0
        left_reach = nums[mid]
        for i in range(mid, lo - 1, -1):
            running += nums[i]
            if running > left_reach:
                left_reach = running
        running = 0
        right_reach = nums[mid + 1]
        for j in range(mid + 1, hi + 1):
            running += nums[j]
            if running > right_reach:
                right_reach = running

        return max(left, right, left_reach + right_reach)
