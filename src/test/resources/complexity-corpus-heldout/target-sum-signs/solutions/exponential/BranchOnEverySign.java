class Solution {
    private int[] nums;
    private int target;

    private long ways(int i, int total) {
        if (i == nums.length) return total == target ? 1 : 0;
        return ways(i + 1, total + nums[i]) + ways(i + 1, total - nums[i]);
    }

    public long findTargetSumWays(int[] nums, int target) {
        this.nums = nums;
        this.target = target;
        return ways(0, 0);
    }
}
