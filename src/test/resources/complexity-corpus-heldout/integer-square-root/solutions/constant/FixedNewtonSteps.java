class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] roots = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            roots[i] = floorRoot(queries[i]);
        }
        return roots;
    }

    // Newton's method on integers from a power of two at least the root and less than twice it.
    // From there five steps always bring it within one of the root for any int, so the count is fixed.
    private static int floorRoot(int q) {
        if (q < 2) {
            return q;
        }
        int bits = 32 - Integer.numberOfLeadingZeros(q);
        long x = 1L << ((bits + 1) / 2);
        for (int step = 0; step < 5; step++) {
            x = (x + q / x) / 2;
        }
        while (x * x > q) {
            x--;
        }
        while ((x + 1) * (x + 1) <= q) {
            x++;
        }
        return (int) x;
    }
}
