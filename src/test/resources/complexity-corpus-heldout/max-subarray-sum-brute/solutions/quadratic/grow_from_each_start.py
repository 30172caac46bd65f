class Solution:
    def maxSubArraySum(self, nums: List[int]) -> int:
        n = len(nums)
        best = nums[0]
        for i in range(n):
            running = 0
            for j in range(i, n):
                running += nums[j]
                if running > best:
                    best = running
        return best
