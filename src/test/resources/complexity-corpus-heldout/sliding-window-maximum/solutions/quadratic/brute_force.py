class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        n = len(nums)
        result = []
        for i in range(n - k + 1):
            best = nums[i]
            for j in range(i + 1, i + k):
                if nums[j] > best:
                    best = nums[j]
            result.append(best)
        return result
