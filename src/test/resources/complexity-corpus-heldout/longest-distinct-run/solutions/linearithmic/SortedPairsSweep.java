import java.util.Arrays;

class Solution {
    public int longestDistinctRun(int[] nums) {
        int n = nums.length;
        long[] pairs = new long[n];
        for (int i = 0; i < n; i++) pairs[i] = ((long) nums[i] << 32) | i;
        Arrays.sort(pairs);
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        for (int k = 1; k < n; k++) {
            if ((pairs[k] >>> 32) == (pairs[k - 1] >>> 32)) previous[(int) pairs[k]] = (int) pairs[k - 1];
        }
        int from = 0, best = 0;
        for (int i = 0; i < n; i++) {
            from = Math.max(from, previous[i] + 1);
            best = Math.max(best, i - from + 1);
        }
        return best;
    }
}
