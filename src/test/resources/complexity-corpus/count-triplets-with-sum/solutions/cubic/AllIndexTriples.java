class Solution {
    public long countTriplets(int[] nums, int target) {
        // Try every (i, j, k) and keep the increasing ones, so each triple counts once.
        int n = nums.length;
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    if (i < j && j < k && nums[i] + nums[j] + nums[k] == target) count++;
                }
            }
        }
        return count;
    }
}
