class Solution {
    // Checks every pair: O(n^2), far too slow for 2*10^5 numbers.
    public int[] twoSum(int[] nums, int target) {
        for (int i = 0; i < nums.length; i++)
            for (int j = i + 1; j < nums.length; j++)
                if ((long) nums[i] + nums[j] == target) return new int[]{i, j};
        return new int[0];
    }
}
