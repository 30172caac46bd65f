class Solution {
    public long countInversions(int[] nums) {
        int[] a = nums.clone();
        long shifts = 0;
        for (int i = 1; i < a.length; i++) {
            int x = a[i], j = i - 1;
            while (j >= 0 && a[j] > x) {
                a[j + 1] = a[j];
                j--;
                shifts++;
            }
            a[j + 1] = x;
        }
        return shifts;
    }
}
