class Solution {
    private static int floorSqrt(int n) {
        if (n < 2) return n;
        int lo = 1, hi = n / 2 + 1;
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (mid <= n / mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public int[] floorSqrts(int[] queries) {
        int[] out = new int[queries.length];
        for (int i = 0; i < queries.length; i++) out[i] = floorSqrt(queries[i]);
        return out;
    }
}
