class Solution {
    public long countPairs(int[] nums, int target) {
        int max = 0;
        for (int x : nums) max = Math.max(max, x);
        long[] seen = new long[max + 1];
        for (int x : nums) seen[x]++;
        long pairs = 0;
        for (int v = 0; v <= max && 2 * v <= target; v++) {
            int w = target - v;
            if (w > max || seen[v] == 0) continue;
            pairs += v == w ? seen[v] * (seen[v] - 1) / 2 : seen[v] * seen[w];
        }
        return pairs;
    }
}
