class Solution {
    public int[] countsBelow(int[] nums, int[] queries) {
        int n = nums.length;
        int top = Integer.highestOneBit(n);
        int[] counts = new int[queries.length];
        for (int k = 0; k < queries.length; k++) {
            int q = queries[k];
            int pos = 0;
            for (int step = top; step > 0; step >>= 1) {
                if (pos + step <= n && nums[pos + step - 1] < q) pos += step;
            }
            counts[k] = pos;
        }
        return counts;
    }
}
