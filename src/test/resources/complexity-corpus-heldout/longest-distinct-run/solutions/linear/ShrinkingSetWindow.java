import java.util.HashSet;
import java.util.Set;

class Solution {
    public int longestDistinctRun(int[] nums) {
        Set<Integer> window = new HashSet<>();
        int left = 0;
        int longest = 0;
        for (int right = 0; right < nums.length; right++) {
            while (!window.add(nums[right])) {
                window.remove(nums[left]);
                left++;
            }
            if (window.size() > longest) longest = window.size();
        }
        return longest;
    }
}
