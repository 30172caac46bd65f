class Solution {
    public long countSubsets(int[] nums, int target) {
        int n = nums.length;
        long total = 0, matches = target == 0 ? 1 : 0;
        int previous = 0;
        for (int step = 1; step < (1 << n); step++) {
            int gray = step ^ (step >> 1);
            int flipped = gray ^ previous;
            int bit = Integer.numberOfTrailingZeros(flipped);
            total += (gray & flipped) != 0 ? nums[bit] : -nums[bit];
            if (total == target) matches++;
            previous = gray;
        }
        return matches;
    }
}
