class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        order = sorted(range(len(nums)), key=lambda i: nums[i])
        left, right = 0, len(order) - 1
        while left < right:
            s = nums[order[left]] + nums[order[right]]
            if s == target:
                return sorted([order[left], order[right]])
            if s < target:
                left += 1
            else:
                right -= 1
        return []
