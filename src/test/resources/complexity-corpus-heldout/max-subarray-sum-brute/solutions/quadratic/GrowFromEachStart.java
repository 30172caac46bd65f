class Solution {
    public long maxSubArraySum(int[] nums) {
        int n = nums.length;
        long best = nums[0];
        for (int i = 0; i < n; i++) {
            long running = 0;
            for (int j = i; j < n; j++) {
                running += nums[j];
                best = Math.max(best, running);
            }
        }
        return best;
    }
}
