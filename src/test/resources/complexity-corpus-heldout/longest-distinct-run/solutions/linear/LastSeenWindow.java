import java.util.HashMap;
import java.util.Map;

class Solution {
    public int longestDistinctRun(int[] nums) {
        Map<Integer, Integer> lastAt = new HashMap<>();
        int start = 0, best = 0;
        for (int end = 0; end < nums.length; end++) {
            Integer previous = lastAt.put(nums[end], end);
            if (previous != null && previous >= start) start = previous + 1;
            best = Math.max(best, end - start + 1);
        }
        return best;
    }
}
