class Solution:
    def nextGreater(self, nums: List[int]) -> List[int]:
        n = len(nums)
        result = [-1] * n
        waiting = []  # indices still waiting for a greater value, values non-increasing
        for i, x in enumerate(nums):
            while waiting and nums[waiting[-1]] < x:
                result[waiting.pop()] = x
            waiting.append(i)
        return result
