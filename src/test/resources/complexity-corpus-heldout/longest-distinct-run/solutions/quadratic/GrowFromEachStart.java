import java.util.HashSet;

class Solution {
    public int longestDistinctRun(int[] nums) {
        int best = 0;
        for (int i = 0; i < nums.length; i++) {
            HashSet<Integer> seen = new HashSet<>();
            int j = i;
            while (j < nums.length && seen.add(nums[j])) j++;
            best = Math.max(best, j - i);
        }
        return best;
    }
}
