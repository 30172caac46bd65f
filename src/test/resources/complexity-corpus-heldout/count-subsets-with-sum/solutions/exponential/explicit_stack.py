class Solution:
    def countSubsets(self, nums: List[int], target: int) -> int:
        count = 0
        stack = [(0, 0)]
        while stack:
            index, total = stack.pop()
            if index == len(nums):
                if total == target:
                    count += 1
                continue
            stack.append((index + 1, total))
            stack.append((index + 1, total + nums[index]))
        return count
