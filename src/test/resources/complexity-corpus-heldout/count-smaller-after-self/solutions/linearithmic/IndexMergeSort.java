class Solution {
    private int[] values;
    private int[] counts;
    private int[] scratch;

    public int[] countSmaller(int[] nums) {
        values = nums;
        counts = new int[nums.length];
        scratch = new int[nums.length];
        int[] order = new int[nums.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        sortCounting(order, 0, order.length);
        return counts;
    }

    /** Sorts order[from, to) by value, adding to each position the smaller values that sat to its right. */
    private void sortCounting(int[] order, int from, int to) {
        if (to - from < 2) return;
        int mid = (from + to) >>> 1;
        sortCounting(order, from, mid);
        sortCounting(order, mid, to);
        int left = from, right = mid, out = from;
        while (left < mid) {
            if (right < to && values[order[right]] < values[order[left]]) {
                scratch[out++] = order[right++];
            } else {
                counts[order[left]] += right - mid;
                scratch[out++] = order[left++];
            }
        }
        while (right < to) scratch[out++] = order[right++];
        System.arraycopy(scratch, from, order, from, to - from);
    }
}
