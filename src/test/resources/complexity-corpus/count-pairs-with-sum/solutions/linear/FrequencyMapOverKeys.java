class Solution {
    public long countPairs(int[] nums, int target) {
        HashMap<Integer, Long> freq = new HashMap<>();
        for (int x : nums) freq.put(x, freq.getOrDefault(x, 0L) + 1);
        long pairs = 0;
        for (Map.Entry<Integer, Long> e : freq.entrySet()) {
            long value = e.getKey(), c = e.getValue();
            long other = target - value;
            if (value < other) {
                Long d = freq.get((int) other);
                if (d != null) pairs += c * d;
            } else if (value == other) {
                pairs += c * (c - 1) / 2;
            }
        }
        return pairs;
    }
}
