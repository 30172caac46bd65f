class Solution:
    def maxSubArraySum(self, nums: List[int]) -> int:
        best = nums[0]
        ending_here = 0
        for x in nums:
            ending_here = max(ending_here + x, x)
            best = max(best, ending_here)
        return best
