class Solution {
    private long count(int[] nums, int i, int remaining) {
        if (i == nums.length) return remaining == 0 ? 1 : 0;
        return count(nums, i + 1, remaining - nums[i]) + count(nums, i + 1, remaining);
    }

    public long countSubsets(int[] nums, int target) {
        return count(nums, 0, target);
    }
}
