class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        n = len(nums)

        def ways(i, total):
            if i == n:
                return 1 if total == target else 0
            return ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i])

        return ways(0, 0)
