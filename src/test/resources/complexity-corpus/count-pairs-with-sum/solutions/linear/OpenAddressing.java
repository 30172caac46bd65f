class Solution {
    public long countPairs(int[] nums, int target) {
        int cap = Integer.highestOneBit(Math.max(4, nums.length * 2)) << 1;
        int[] keys = new int[cap];
        int[] counts = new int[cap];
        boolean[] used = new boolean[cap];
        long pairs = 0;
        for (int x : nums) {
            int want = target - x;
            int slot = (want * 0x9E3779B9) >>> 1 & (cap - 1);
            while (used[slot] && keys[slot] != want) slot = (slot + 1) & (cap - 1);
            if (used[slot]) pairs += counts[slot];
            slot = (x * 0x9E3779B9) >>> 1 & (cap - 1);
            while (used[slot] && keys[slot] != x) slot = (slot + 1) & (cap - 1);
            used[slot] = true;
            keys[slot] = x;
            counts[slot]++;
        }
        return pairs;
    }
}
