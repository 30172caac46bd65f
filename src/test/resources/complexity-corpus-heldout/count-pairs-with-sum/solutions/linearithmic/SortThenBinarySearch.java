class Solution {
    public long countPairs(int[] nums, int target) {
        int[] a = nums.clone();
        Arrays.sort(a);
        long pairs = 0;
        for (int i = 0; i < a.length; i++) {
            int need = target - a[i];
            pairs += firstAbove(a, i + 1, need) - firstAtLeast(a, i + 1, need);
        }
        return pairs;
    }

    private static int firstAtLeast(int[] a, int from, int value) {
        int lo = from, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int firstAbove(int[] a, int from, int value) {
        int lo = from, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
