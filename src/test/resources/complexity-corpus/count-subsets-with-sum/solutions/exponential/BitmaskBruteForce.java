class Solution {
    public long countSubsets(int[] nums, int target) {
        int n = nums.length;
        long count = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) sum += nums[i];
            }
            if (sum == target) count++;
        }
        return count;
    }
}
