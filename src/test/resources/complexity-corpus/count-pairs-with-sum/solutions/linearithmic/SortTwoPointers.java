class Solution {
    public long countPairs(int[] nums, int target) {
        int[] a = nums.clone();
        Arrays.sort(a);
        int i = 0, j = a.length - 1;
        long pairs = 0;
        while (i < j) {
            long s = (long) a[i] + a[j];
            if (s < target) {
                i++;
            } else if (s > target) {
                j--;
            } else if (a[i] == a[j]) {
                long k = j - i + 1;
                pairs += k * (k - 1) / 2;
                break;
            } else {
                int left = i, right = j;
                while (a[i] == a[left]) i++;
                while (a[j] == a[right]) j--;
                pairs += (long) (i - left) * (right - j);
            }
        }
        return pairs;
    }
}
