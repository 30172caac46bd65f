import java.util.Arrays;

class Solution {
    public int[] countSmaller(int[] nums) {
        int n = nums.length;
        int[] sorted = nums.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[distinct++] = sorted[i];
        }
        int[] tree = new int[distinct + 1];
        int[] answer = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int rank = Arrays.binarySearch(sorted, 0, distinct, nums[i]) + 1; // 1-based
            int below = 0;
            for (int k = rank - 1; k > 0; k -= k & -k) below += tree[k];
            answer[i] = below;
            for (int k = rank; k <= distinct; k += k & -k) tree[k]++;
        }
        return answer;
    }
}
