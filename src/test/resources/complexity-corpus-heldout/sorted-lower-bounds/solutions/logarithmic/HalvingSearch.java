class Solution {
    public int[] countsBelow(int[] nums, int[] queries) {
        int[] counts = new int[queries.length];
        for (int k = 0; k < queries.length; k++) {
            int q = queries[k];
            int lo = 0, hi = nums.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (nums[mid] < q) lo = mid + 1; else hi = mid;
            }
            counts[k] = lo;
        }
        return counts;
    }
}
