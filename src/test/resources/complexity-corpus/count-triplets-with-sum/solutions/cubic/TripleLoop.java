class Solution {
    public long countTriplets(int[] nums, int target) {
        int n = nums.length;
        long count = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                for (int k = j + 1; k < n; k++)
                    if (nums[i] + nums[j] + nums[k] == target) count++;
        return count;
    }
}
