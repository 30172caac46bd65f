class Solution {
    public long countInversions(int[] nums) {
        long total = 0;
        for (int i = 0; i < nums.length; i++) {
            int smaller = 0;
            for (int j = nums.length - 1; j > i; j--) {
                if (nums[j] < nums[i]) smaller++;
            }
            total += smaller;
        }
        return total;
    }
}
