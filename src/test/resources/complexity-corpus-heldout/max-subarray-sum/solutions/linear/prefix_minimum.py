class Solution:
    def maxSubArraySum(self, nums: List[int]) -> int:
        prefix = 0
        lowest_prefix = 0
        best = nums[0]
        for x in nums:
            prefix += x
            if prefix - lowest_prefix > best:
                best = prefix - lowest_prefix
            if prefix < lowest_prefix:
                lowest_prefix = prefix
        return best
