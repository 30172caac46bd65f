class Solution {
    public long countInversions(int[] nums) {
        int max = 0;
        for (int x : nums) max = Math.max(max, x);
        int size = max + 2;
        int[] tree = new int[size + 1];
        long total = 0;
        for (int seen = 0; seen < nums.length; seen++) {
            int x = nums[seen];
            int atMost = 0;
            for (int i = x + 1; i > 0; i -= i & -i) atMost += tree[i];
            total += seen - atMost;
            for (int i = x + 1; i <= size; i += i & -i) tree[i]++;
        }
        return total;
    }
}
