class Solution:
    def longestDistinctRun(self, nums: List[int]) -> int:
        inside = set()
        left = best = 0
        for x in nums:
            while x in inside:
                inside.discard(nums[left])
                left += 1
            inside.add(x)
            if len(inside) > best:
                best = len(inside)
        return best
