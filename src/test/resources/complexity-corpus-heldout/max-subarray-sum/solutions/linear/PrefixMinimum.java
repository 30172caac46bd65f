class Solution {
    public long maxSubArraySum(int[] nums) {
        long prefix = 0, lowestPrefix = 0;
        long best = nums[0];
        for (int x : nums) {
            prefix += x;
            best = Math.max(best, prefix - lowestPrefix);
            lowestPrefix = Math.min(lowestPrefix, prefix);
        }
        return best;
    }
}
