class Solution {
    public long findTargetSumWays(int[] nums, int target) {
        // All 2^i signed sums of the first i numbers; each number doubles the array.
        int[] sums = {0};
        for (int x : nums) {
            int[] next = new int[sums.length * 2];
            for (int j = 0; j < sums.length; j++) {
                next[2 * j] = sums[j] + x;
                next[2 * j + 1] = sums[j] - x;
            }
            sums = next;
        }
        long count = 0;
        for (int s : sums) {
            if (s == target) count++;
        }
        return count;
    }
}
