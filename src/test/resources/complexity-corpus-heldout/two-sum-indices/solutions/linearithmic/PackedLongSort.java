class Solution {
    public int[] twoSum(int[] nums, int target) {
        long[] packed = new long[nums.length];
        for (int i = 0; i < nums.length; i++) packed[i] = ((long) nums[i] << 32) | i;
        Arrays.sort(packed);
        int l = 0, r = packed.length - 1;
        while (l < r) {
            long sum = (packed[l] >> 32) + (packed[r] >> 32);
            if (sum == target) {
                int a = (int) packed[l], b = (int) packed[r];
                return new int[]{Math.min(a, b), Math.max(a, b)};
            }
            if (sum < target) l++; else r--;
        }
        return new int[0];
    }
}
