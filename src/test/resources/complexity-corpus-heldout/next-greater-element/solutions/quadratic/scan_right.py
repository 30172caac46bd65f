class Solution:
    def nextGreater(self, nums: List[int]) -> List[int]:
        n = len(nums)
        out = []
        for i in range(n):
            nxt = -1
            for j in range(i + 1, n):
                if nums[j] > nums[i]:
                    nxt = nums[j]
                    break
            out.append(nxt)
        return out
