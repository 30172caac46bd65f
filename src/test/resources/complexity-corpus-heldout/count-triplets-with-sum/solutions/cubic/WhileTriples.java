class Solution {
    public long countTriplets(int[] nums, int target) {
        long hits = 0;
        int n = nums.length, i = 0;
        while (i < n) {
            int j = i + 1;
            while (j < n) {
                int k = j + 1;
                while (k < n) {
                    if (nums[i] + nums[j] + nums[k] == target) hits++;
                    k++;
                }
                j++;
            }
            i++;
        }
        return hits;
    }
}
