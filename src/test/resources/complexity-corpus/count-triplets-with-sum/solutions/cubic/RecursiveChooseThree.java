class Solution {
    private int[] nums;
    private int target;

    // Choose the remaining `left` elements from positions >= start, tracking the running sum.
    private long choose(int start, int left, int sum) {
        if (left == 0) return sum == target ? 1 : 0;
        long count = 0;
        for (int i = start; i <= nums.length - left; i++) {
            count += choose(i + 1, left - 1, sum + nums[i]);
        }
        return count;
    }

    public long countTriplets(int[] nums, int target) {
        this.nums = nums;
        this.target = target;
        return choose(0, 3, 0);
    }
}
