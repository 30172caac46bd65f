class Solution {
    // For every pillar, scans left and right for the tallest walls: O(n^2).
    public int trap(int[] height) {
        long water = 0;
        for (int i = 0; i < height.length; i++) {
            int left = 0, right = 0;
            for (int j = 0; j <= i; j++) left = Math.max(left, height[j]);
            for (int j = i; j < height.length; j++) right = Math.max(right, height[j]);
            water += Math.min(left, right) - height[i];
        }
        return (int) water;
    }
}
