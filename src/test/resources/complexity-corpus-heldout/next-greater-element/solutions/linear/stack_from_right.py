class Solution:
    def nextGreater(self, nums: List[int]) -> List[int]:
        ans = [0] * len(nums)
        stack = []
        for i in range(len(nums) - 1, -1, -1):
            v = nums[i]
            while stack and stack[-1] <= v:
                stack.pop()
            ans[i] = stack[-1] if stack else -1
            stack.append(v)
        return ans
