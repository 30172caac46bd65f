class Solution {
    public int findKthLargest(int[] nums, int k) {
        int[] a = nums.clone();
        int want = a.length - k, lo = 0, hi = a.length - 1;
        Random random = new Random();
        while (true) {
            int p = lo + random.nextInt(hi - lo + 1);
            int t = a[p]; a[p] = a[hi]; a[hi] = t;
            int pivot = a[hi], store = lo;
            for (int i = lo; i < hi; i++) {
                if (a[i] < pivot) { t = a[i]; a[i] = a[store]; a[store] = t; store++; }
            }
            t = a[store]; a[store] = a[hi]; a[hi] = t;
            if (store == want) return a[store];
            if (store < want) lo = store + 1; else hi = store - 1;
        }
    }
}
