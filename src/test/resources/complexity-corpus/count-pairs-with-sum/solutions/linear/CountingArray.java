class Solution {
    public long countPairs(int[] nums, int target) {
        // Values are non-negative and at most a few times the length: count them by value.
        int max = 0;
        for (int x : nums) max = Math.max(max, x);
        int[] count = new int[max + 1];
        long pairs = 0;
        for (int x : nums) {
            long need = (long) target - x;
            if (need >= 0 && need <= max) pairs += count[(int) need];
            count[x]++;
        }
        return pairs;
    }
}
