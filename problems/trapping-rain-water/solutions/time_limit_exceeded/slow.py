class Solution:
    # For every pillar, scans left and right for the tallest walls: O(n^2).
    def trap(self, height: List[int]) -> int:
        water = 0
        for i in range(len(height)):
            water += max(0, min(max(height[:i + 1]), max(height[i:])) - height[i])
        return water
