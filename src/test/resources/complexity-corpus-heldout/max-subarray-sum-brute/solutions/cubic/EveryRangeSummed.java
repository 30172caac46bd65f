class Solution {
    public long maxSubArraySum(int[] nums) {
        int n = nums.length;
        long best = nums[0];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                long total = 0;
                for (int k = i; k <= j; k++) {
                    total += nums[k];
                }
                best = Math.max(best, total);
            }
        }
        return best;
    }
}
