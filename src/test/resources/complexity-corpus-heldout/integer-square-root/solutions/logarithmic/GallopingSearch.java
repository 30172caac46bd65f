class Solution {
    public int[] floorSqrts(int[] queries) {
        int[] answer = new int[queries.length];
        for (int i = 0; i < queries.length; i++) {
            long q = queries[i];
            long hi = 1;
            while (hi * hi <= q) hi <<= 1;
            long lo = hi >> 1;
            while (hi - lo > 1) {
                long mid = (lo + hi) >>> 1;
                if (mid * mid <= q) lo = mid; else hi = mid;
            }
            answer[i] = (int) lo;
        }
        return answer;
    }
}
