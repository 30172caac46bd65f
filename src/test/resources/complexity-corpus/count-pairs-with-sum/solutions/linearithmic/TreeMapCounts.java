class Solution {
    public long countPairs(int[] nums, int target) {
        TreeMap<Integer, Integer> seen = new TreeMap<>();
        long pairs = 0;
        for (int x : nums) {
            Integer c = seen.get(target - x);
            if (c != null) pairs += c;
            seen.merge(x, 1, Integer::sum);
        }
        return pairs;
    }
}
