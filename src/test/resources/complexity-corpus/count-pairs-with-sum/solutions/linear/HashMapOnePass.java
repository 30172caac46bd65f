class Solution {
    public long countPairs(int[] nums, int target) {
        Map<Integer, Integer> seen = new HashMap<>();
        long pairs = 0;
        for (int x : nums) {
            pairs += seen.getOrDefault(target - x, 0);
            seen.merge(x, 1, Integer::sum);
        }
        return pairs;
    }
}
