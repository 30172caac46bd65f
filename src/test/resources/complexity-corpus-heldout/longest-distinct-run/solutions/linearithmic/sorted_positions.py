class Solution:
    def longestDistinctRun(self, nums: List[int]) -> int:
        order = sorted(range(len(nums)), key=lambda i: (nums[i], i))
        prev = [-1] * len(nums)
        for a, b in zip(order, order[1:]):
            if nums[a] == nums[b]:
                prev[b] = a
        start = best = 0
        for i, p in enumerate(prev):
            if p >= start:
                start = p + 1
            if i - start + 1 > best:
                best = i - start + 1
        return best
