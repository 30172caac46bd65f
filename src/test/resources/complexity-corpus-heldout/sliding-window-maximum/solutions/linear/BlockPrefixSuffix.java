class Solution {
    public int[] maxSlidingWindow(int[] nums, int k) {
        int n = nums.length;
        int[] prefixMax = new int[n];
        int[] suffixMax = new int[n];
        for (int i = 0; i < n; i++) {
            prefixMax[i] = (i % k == 0) ? nums[i] : Math.max(prefixMax[i - 1], nums[i]);
        }
        for (int i = n - 1; i >= 0; i--) {
            suffixMax[i] = (i == n - 1 || (i + 1) % k == 0) ? nums[i] : Math.max(suffixMax[i + 1], nums[i]);
        }
        int[] res = new int[n - k + 1];
        for (int i = 0; i + k <= n; i++) {
            res[i] = Math.max(suffixMax[i], prefixMax[i + k - 1]);
        }
        return res;
    }
}
