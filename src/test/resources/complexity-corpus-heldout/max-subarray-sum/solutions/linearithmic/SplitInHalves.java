class Solution {
    public long maxSubArraySum(int[] nums) {
        return best(nums, 0, nums.length - 1);
    }

    private long best(int[] nums, int lo, int hi) {
        if (lo == hi) return nums[lo];
        int mid = (lo + hi) >>> 1;
        long left = best(nums, lo, mid);
        long right = best(nums, mid + 1, hi);

        long running = 0, leftReach = nums[mid];
        for (int i = mid; i >= lo; i--) {
            running += nums[i];
            leftReach = Math.max(leftReach, running);
        }
        running = 0;
        long rightReach = nums[mid + 1];
        for (int j = mid + 1; j <= hi; j++) {
            running += nums[j];
            rightReach = Math.max(rightReach, running);
        }
        return Math.max(Math.max(left, right), leftReach + rightReach);
    }
}
