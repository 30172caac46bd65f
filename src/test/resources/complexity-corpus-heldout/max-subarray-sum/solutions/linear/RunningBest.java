class Solution {
    public long maxSubArraySum(int[] nums) {
        long best = nums[0];
        long endingHere = 0;
        for (int x : nums) {
            endingHere = Math.max(endingHere + x, x);
            best = Math.max(best, endingHere);
        }
        return best;
    }
}
