class Solution {
    public long countInversions(int[] nums) {
        int[] a = nums.clone();
        long swaps = 0;
        for (int end = a.length - 1; end > 0; end--) {
            for (int i = 0; i < end; i++) {
                if (a[i] > a[i + 1]) {
                    int t = a[i]; a[i] = a[i + 1]; a[i + 1] = t;
                    swaps++;
                }
            }
        }
        return swaps;
    }
}
