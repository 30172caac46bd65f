class Solution {
    public long countTriplets(int[] nums, int target) {
        long found = 0;
        for (int a = 0; a < nums.length; a++) {
            for (int b = a + 1; b < nums.length; b++) {
                int rest = target - nums[a] - nums[b];
                for (int c = b + 1; c < nums.length; c++) if (nums[c] == rest) found++;
            }
        }
        return found;
    }
}
